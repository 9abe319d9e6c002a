package com.partnerlifecycle.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.validation.annotation.Validated;

import com.partnerlifecycle.evaluation.GateProperties;
import com.partnerlifecycle.followup.FollowUpProperties;
import com.partnerlifecycle.partneraccess.PartnerAccessProperties;
import com.partnerlifecycle.reminder.ReminderSettings;
import com.partnerlifecycle.review.ReviewCalendarProperties;
import com.partnerlifecycle.review.ReviewProperties;
import com.partnerlifecycle.summit.SummitProperties;

/**
 * The product's configuration as shipped: application.yml binds to every
 * {@code @ConfigurationProperties} class and passes its constraints, with the values the
 * classes default to (the file states the defaults, it changes none).
 */
class ConfigurationDefaultsTest {

	static final List<Class<?>> PROPERTIES = List.of(GateProperties.class, PartnerAccessProperties.class,
			ReminderSettings.class, ReviewCalendarProperties.class, ReviewProperties.class, FollowUpProperties.class,
			SummitProperties.class);

	@EnableConfigurationProperties({ GateProperties.class, PartnerAccessProperties.class, ReminderSettings.class,
			ReviewCalendarProperties.class, ReviewProperties.class, FollowUpProperties.class, SummitProperties.class })
	static class Configuration {

	}

	final ApplicationContextRunner withoutFile = new ApplicationContextRunner()
		.withUserConfiguration(Configuration.class);

	final ApplicationContextRunner withApplicationYml = withoutFile
		.withInitializer(new ConfigDataApplicationContextInitializer());

	@Test
	void shouldKnowEveryConfigurationPropertiesClassAndFindEachValidated() {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AnnotationTypeFilter(ConfigurationProperties.class));
		List<String> found = scanner.findCandidateComponents("com.partnerlifecycle")
			.stream()
			.map(bean -> bean.getBeanClassName())
			.sorted()
			.toList();

		assertThat(found).as("the @ConfigurationProperties classes")
			.containsExactlyInAnyOrderElementsOf(PROPERTIES.stream().map(Class::getName).toList());
		assertThat(PROPERTIES).as("each @Validated")
			.allSatisfy(type -> assertThat(type).hasAnnotation(Validated.class));
	}

	@Test
	void shouldBindApplicationYmlToTheDefaultsOfEachClass() {
		withoutFile.run(defaults -> withApplicationYml.run(configured -> {
			assertThat(configured).hasNotFailed();
			assertThat(configured.getEnvironment().getProperty("partnership.gate.reject-below")).as("the file is read")
				.isEqualTo("50");
			for (Class<?> type : PROPERTIES) {
				if (type == ReminderSettings.class) { // a bean of its own, without equals
					assertThat(configured.getBean(ReminderSettings.class).getRetryCycle())
						.isEqualTo(defaults.getBean(ReminderSettings.class).getRetryCycle());
				}
				else {
					assertThat(configured.getBean(type)).as(type.getSimpleName()).isEqualTo(defaults.getBean(type));
				}
			}
		}));
	}

}
