package com.partnerlifecycle;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class PartnershipLifecycleApplication {

	public static void main(String[] args) {
		SpringApplication.run(PartnershipLifecycleApplication.class, args);
	}

}
