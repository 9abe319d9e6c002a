package com.partnerlifecycle.partner;

/**
 * A partner entered a stage: registered as a candidate ({@code from} null), or moved on.
 * Published in the transaction that records the {@link StageTransition}; a listener that
 * counts transitions waits for its commit.
 */
public record StageChanged(String partnerId, Stage from, Stage to) {
}
