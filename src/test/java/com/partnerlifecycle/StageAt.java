package com.partnerlifecycle;

import com.partnerlifecycle.partner.LifecycleProcess;
import com.partnerlifecycle.partner.Stage;

/**
 * The stage each waiting point of the lifecycle belongs to: what the stored stage must
 * say there.
 */
public final class StageAt {

	private StageAt() {
	}

	public static Stage activity(String activityId) {
		return switch (activityId.replace("#multiInstanceBody", "")) {
			case LifecycleProcess.PLAN_PILOTS -> Stage.CANDIDATE;
			case LifecycleProcess.RUN_PILOT -> Stage.PILOT;
			case LifecycleProcess.ENTER_EVALUATION, LifecycleProcess.DECIDE_GATE,
					LifecycleProcess.PLAN_ADDITIONAL_PILOTS ->
				Stage.EVALUATION;
			case LifecycleProcess.DRAFT_AGREEMENT, LifecycleProcess.SIGN_AGREEMENT -> Stage.AGREEMENT;
			case LifecycleProcess.NEXT_REVIEW_DUE, LifecycleProcess.BUSINESS_REVIEW,
					LifecycleProcess.RENEWAL_DECISION_DUE, LifecycleProcess.DECIDE_RENEWAL,
					LifecycleProcess.AGREEMENT_TERM_ENDED ->
				Stage.ACTIVE;
			case LifecycleProcess.DISSOLUTION -> Stage.DISSOLVING;
			default -> throw new AssertionError("Unexpected wait state " + activityId);
		};
	}

}
