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

import com.partnerlifecycle.review.ReviewProcess;

/**
 * Full history (who did what, tasks, activities, incidents, decisions, each variable's last value) without the
 * engine's log of every value each variable ever had (ACT_HI_DETAIL). That log duplicated every form's inputs,
 * which the forms write to the product's records and then remove from the process, among them one side's review
 * ratings that the other side must never see; and writing it was a tenth of a lifecycle's cost
 * (docs/benchmarks.md). The history level stays {@code full}: an existing database needs no change.
 */
@Component
class HistoryWithoutValueLog extends AbstractProcessEnginePlugin {

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		configuration.setEnableDefaultDbHistoryEventHandler(false);
		List<HistoryEventHandler> handlers = new ArrayList<>();
		if (configuration.getCustomHistoryEventHandlers() != null) {
			handlers.addAll(configuration.getCustomHistoryEventHandlers());
		}
		handlers.add(new WithoutValueLog());
		configuration.setCustomHistoryEventHandlers(handlers);
	}

	static final class WithoutValueLog extends DbHistoryEventHandler {

		/**
		 * A second line behind the form contracts, which never store one side's ratings as variables: no variable or
		 * form-property event of the business review that carries a blind field reaches the history.
		 */
		@Override
		public void handleEvent(HistoryEvent event) {
			if (isBlind(event)) {
				return;
			}
			super.handleEvent(event);
		}

		static boolean isBlind(HistoryEvent event) {
			if (!ReviewProcess.KEY.equals(event.getProcessDefinitionKey())) {
				return false;
			}
			if (event instanceof HistoricVariableUpdateEventEntity variable) {
				return ReviewProcess.BLIND_FIELDS.contains(variable.getVariableName());
			}
			if (event instanceof HistoricFormPropertyEventEntity property) {
				return ReviewProcess.BLIND_FIELDS.contains(property.getPropertyId());
			}
			return false;
		}

		@Override
		protected boolean shouldWriteHistoricDetail(HistoricVariableUpdateEventEntity event) {
			return false;
		}

	}

}
