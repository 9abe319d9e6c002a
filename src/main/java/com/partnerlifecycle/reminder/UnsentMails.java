package com.partnerlifecycle.reminder;

/**
 * Mails the log-only transport recorded but did not send (no mail server configured). The
 * demo shows the partner contacts' links from them ({@code demo.DemoLinkInbox}); nothing
 * else implements it.
 */
public interface UnsentMails {

	void recorded(OutgoingMail mail);

}
