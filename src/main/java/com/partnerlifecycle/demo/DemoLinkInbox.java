package com.partnerlifecycle.demo;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.annotation.Profile;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import com.partnerlifecycle.common.Groups;
import com.partnerlifecycle.reminder.OutgoingMail;
import com.partnerlifecycle.reminder.UnsentMails;
import com.partnerlifecycle.security.Roles;

/**
 * The demo's stand-in for a partner contact's mailbox: without a mail server (the demo's
 * default) mails are only logged, without their text, so a newcomer would never see a
 * link. In the demo profile alone, the personal links of the mails recorded since the
 * start are kept in memory and shown to the admin: {@code GET /api/demo/partner-links}.
 * With a mail server configured they are mailed instead, and nothing is kept.
 */
@RestController
@Tag(name = "Demo", description = "Only in the demo profile")
@Profile("demo")
class DemoLinkInbox implements UnsentMails {

	private static final Pattern LINK = Pattern.compile("https?://\\S+/partner-access/[A-Za-z0-9_-]{43}");

	private static final int KEPT = 50;

	record DemoLink(String to, String toName, String subject, String link, Instant recordedAt) {
	}

	private final Deque<DemoLink> links = new ArrayDeque<>();

	private final Roles roles;

	DemoLinkInbox(Roles roles) {
		this.roles = roles;
	}

	@Override
	public void recorded(OutgoingMail mail) {
		Matcher link = LINK.matcher(mail.text() == null ? "" : mail.text());
		if (link.find()) {
			synchronized (links) {
				links.addFirst(new DemoLink(mail.to(), mail.toName(), mail.subject(), link.group(), Instant.now()));
				while (links.size() > KEPT) {
					links.removeLast();
				}
			}
		}
	}

	/**
	 * Newest first: the links mailed to the demo's partner contacts since the application
	 * started.
	 */
	@Operation(summary = "The personal links mailed to the demo's partner contacts since the start, newest first")
	@GetMapping(path = "/api/demo/partner-links", produces = MediaType.APPLICATION_JSON_VALUE)
	List<DemoLink> partnerLinks() {
		roles.requireAnyOf("The demo's partner links", Groups.CAMUNDA_ADMIN);
		synchronized (links) {
			return List.copyOf(links);
		}
	}

}
