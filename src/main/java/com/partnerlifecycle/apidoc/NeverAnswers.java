package com.partnerlifecycle.apidoc;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a handler method of the product API: the generic problem responses
 * ({@link OpenApiDocument}) it can never answer, left out of its description, e.g. 409 on
 * a call that changes nothing that could clash.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface NeverAnswers {

	/** HTTP status codes, e.g. 403, 409. */
	int[] value();

}
