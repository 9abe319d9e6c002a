package com.partnerlifecycle.config;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.stereotype.Component;

/**
 * Full history (who did what, tasks, activities, incidents, decisions, each variable's
 * last value) without the engine's log of every value each variable ever had
 * (ACT_HI_DETAIL). That log duplicated every form's inputs, which the forms write to the
 * product's records and then remove from the process, among them one side's review
 * ratings that the other side must never see; and writing it was a tenth of a lifecycle's
 * cost (docs/benchmarks.md). The history level stays {@code full}: an existing database
 * needs no change.
 */
@Component
class HistoryWithoutValueLog extends AbstractProcessEnginePlugin {

	private final List<BlindVariables> blind;

	HistoryWithoutValueLog(List<BlindVariables> blind) {
		this.blind = List.copyOf(blind);
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		configuration.setEnableDefaultDbHistoryEventHandler(false);
		List<HistoryEventHandler> handlers = new ArrayList<>();
		if (configuration.getCustomHistoryEventHandlers() != null) {
			handlers.addAll(configuration.getCustomHistoryEventHandlers());
		}
		handlers.add(new WithoutValueLog(blind));
		configuration.setCustomHistoryEventHandlers(handlers);
	}

	static final class WithoutValueLog extends DbHistoryEventHandler {

		private final List<BlindVariables> blind;

		WithoutValueLog(List<BlindVariables> blind) {
			this.blind = blind;
		}

		/**
		 * A second line behind the form contracts, which never store one side's ratings
		 * as variables: no variable or form-property event that carries a blind field
		 * ({@link BlindVariables}) reaches the history.
		 */
		@Override
		public void handleEvent(HistoryEvent event) {
			if (isBlind(event)) {
				return;
			}
			super.handleEvent(event);
		}

		boolean isBlind(HistoryEvent event) {
			String name = event instanceof HistoricVariableUpdateEventEntity variable ? variable.getVariableName()
					: event instanceof HistoricFormPropertyEventEntity property ? property.getPropertyId() : null;
			return name != null && blind.stream().anyMatch(rule -> rule.isBlind(event.getProcessDefinitionKey(), name));
		}

		@Override
		protected boolean shouldWriteHistoricDetail(HistoricVariableUpdateEventEntity event) {
			return false;
		}

	}

}
