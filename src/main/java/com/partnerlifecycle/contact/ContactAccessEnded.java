package com.partnerlifecycle.contact;

/**
 * A contact's access ends: it was removed, its address changed, or the partnership ended.
 * Published in the transaction that records it; every link and session of the contact
 * stops ({@code partneraccess}).
 */
public record ContactAccessEnded(String contactId, String partnerId, String reason) {
}
