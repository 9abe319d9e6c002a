package com.partnerlifecycle.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.stream.Stream;

import org.camunda.bpm.engine.CaseService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Service;

import com.partnerlifecycle.common.BusinessRule;
import com.partnerlifecycle.common.ProcessVariables;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * The package rules of docs/architecture.md, checked on the compiled product: a broken
 * rule fails the build naming the class and the dependency.
 */
@AnalyzeClasses(packages = "com.partnerlifecycle", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

	/** The features, each a package: what the product does for its users. */
	static final String[] FEATURES = { "..partner..", "..pilot..", "..evaluation..", "..agreement..", "..review..",
			"..followup..", "..contact..", "..partneraccess..", "..termination..", "..summit..", "..dissolution..",
			"..portfolio..", "..export..", "..demo.." };

	@ArchTest
	static final ArchRule mailInfrastructureKnowsNoFeature = noClasses().that()
		.resideInAPackage("com.partnerlifecycle.reminder..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage(FEATURES)
		.because("reminder/ is the mail infrastructure (outbox, batch, transports, calendar parts, failures); "
				+ "each feature writes its own mails and send steps");

	@ArchTest
	static final ArchRule rulesArePlainJava = noClasses().that()
		.areAnnotatedWith(BusinessRule.class)
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework..", "org.camunda..", "jakarta.persistence..", "org.hibernate..")
		.because("a rule decides from its inputs alone: no Spring, no engine, no persistence, unit-tested on its own");

	@ArchTest
	static final ArchRule noPackageCycles = slices().matching("com.partnerlifecycle.(*)..")
		.should()
		.beFreeOfCycles()
		.because("a feature depends on the shared packages and on features below it, never back");

	@ArchTest
	static final ArchRule oneVariableReader = noClasses().that()
		.doNotBelongToAnyOf(ProcessVariables.class)
		.should()
		.callMethodWhere(readsOneVariable())
		.because("a variable is read typed, named in its error, in one place: common.ProcessVariables");

	@ArchTest
	static final ArchRule servicesTakeIds = methods().that()
		.areDeclaredInClassesThat()
		.areAnnotatedWith(Service.class)
		.should(notTake(DelegateExecution.class))
		.because("the steps and calendars the BPMN calls read the execution; a service takes ids");

	private static DescribedPredicate<JavaMethodCall> readsOneVariable() {
		return DescribedPredicate
			.describe("a variable read of the engine (getVariable…)",
					call -> call.getName().matches("getVariable(Local)?(Typed)?") && Stream
						.of(VariableScope.class, TaskService.class, RuntimeService.class, CaseService.class)
						.anyMatch(engine -> call.getTargetOwner().isAssignableTo(engine)));
	}

	private static ArchCondition<JavaMethod> notTake(Class<?> type) {
		return new ArchCondition<>("not take a " + type.getSimpleName()) {
			@Override
			public void check(JavaMethod method, ConditionEvents events) {
				boolean takes = method.getRawParameterTypes().stream().anyMatch(p -> p.isAssignableTo(type));
				events.add(new SimpleConditionEvent(method, !takes,
						method.getFullName() + (takes ? " takes a " : " takes no ") + type.getSimpleName()));
			}
		};
	}

}
