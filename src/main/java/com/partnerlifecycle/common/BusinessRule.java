package com.partnerlifecycle.common;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A business rule: plain Java that decides from its inputs alone, unit-tested at every
 * threshold. The architecture test keeps Spring, the engine and persistence out of it;
 * the feature's service, forms and controllers call it.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface BusinessRule {

}
