package com.partnerlifecycle.partner;

/**
 * The partnership reached an end stage (dissolved, rejected, withdrawn). Published in the
 * transaction that moves the stage: what lives only while the partnership does (the
 * partner's contacts and their links) ends with it.
 */
public record PartnershipEnded(String partnerId, Stage stage) {
}
