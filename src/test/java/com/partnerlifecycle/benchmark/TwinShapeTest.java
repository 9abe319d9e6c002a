package com.partnerlifecycle.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.partnerlifecycle.dissolution.DissolutionProcess;
import com.partnerlifecycle.partner.LifecycleProcess;
import com.partnerlifecycle.pilot.PilotProcess;
import com.partnerlifecycle.review.ReviewProcess;

/**
 * The benchmark's twin processes (src/test/resources/benchmark/twin) must keep the
 * product's shape: the same elements of the same kinds, the same flows, async steps,
 * timers, boundary events, multi-instance and candidate groups; only delegates,
 * listeners, forms and timer dates differ. A change to processes/ that breaks this tells
 * whoever makes it to change the twin too.
 */
class TwinShapeTest {

	@ParameterizedTest
	@ValueSource(strings = { LifecycleProcess.KEY, PilotProcess.KEY, ReviewProcess.KEY, DissolutionProcess.KEY,
			com.partnerlifecycle.followup.ActionItemProcess.KEY })
	void shouldHaveTheShapeOfTheProductProcess(String key) throws Exception {
		BpmnModelInstance product;
		try (InputStream in = Files.newInputStream(Path.of("processes", key + ".bpmn"))) {
			product = Bpmn.readModelFromStream(in);
		}
		BpmnModelInstance twin;
		try (InputStream in = getClass().getResourceAsStream("/benchmark/twin/twin-" + key + ".bpmn")) {
			twin = Bpmn.readModelFromStream(in);
		}

		assertThat(shape(twin)).isEqualTo(shape(product));
	}

	static Map<String, String> shape(BpmnModelInstance model) {
		Map<String, String> shape = new TreeMap<>();
		for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
			StringBuilder what = new StringBuilder(element.getElementType().getTypeName());
			if (element instanceof SequenceFlow flow) {
				what.append(' ')
					.append(flow.getSource().getId())
					.append(" -> ")
					.append(flow.getTarget().getId())
					.append(flow.getConditionExpression() != null ? " (conditional)" : "");
			}
			if (element instanceof FlowNode node && node.isCamundaAsyncBefore()) {
				what.append(" asyncBefore");
			}
			if (element instanceof Activity activity
					&& activity.getLoopCharacteristics() instanceof MultiInstanceLoopCharacteristics multi) {
				what.append(multi.isSequential() ? " sequential" : " parallel").append(" multi-instance");
			}
			if (element instanceof UserTask task) {
				what.append(" for ")
					.append(task.getCamundaCandidateGroups() == null ? "nobody"
							: task.getCamundaCandidateGroups().startsWith("${") ? "the partner's group"
									: task.getCamundaCandidateGroups()
										.replace("partner-representatives", "the partner's group"));
			}
			if (element instanceof BoundaryEvent boundary) {
				what.append(" on ")
					.append(boundary.getAttachedTo().getId())
					.append(boundary.cancelActivity() ? "" : " non-interrupting");
			}
			if (!element.getChildElementsByType(TimerEventDefinition.class).isEmpty() || element.getDomElement()
				.getChildElements()
				.stream()
				.anyMatch(e -> e.getLocalName().equals("timerEventDefinition"))) {
				what.append(" timer");
			}
			shape.put(element.getId(), what.toString());
		}
		return shape;
	}

}
