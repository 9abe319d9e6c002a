package com.partnerlifecycle.partneraccess;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.TaskService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.partnerlifecycle.common.BusinessTime;
import com.partnerlifecycle.common.SystemActions;
import com.partnerlifecycle.contact.ContactAccessEnded;
import com.partnerlifecycle.contact.ContactUsers;
import com.partnerlifecycle.contact.PartnerContact;
import com.partnerlifecycle.contact.PartnerContacts;
import com.partnerlifecycle.reminder.PersonalLinks;
import com.partnerlifecycle.reminder.ReminderBatch;
import com.partnerlifecycle.security.LinkSession;

/**
 * The links' rules: issued with the mail that carries them ({@link PersonalLinks}), one
 * contact, one partner, one task; usable once to sign in, until they expire and never
 * after the task ends; revoked when the contact leaves, when a new link replaces them, or
 * by an operator. Every step is recorded ({@link AccessEvent}), never with a token.
 */
@Service
public class PartnerLinks implements PersonalLinks {

	/**
	 * What Continue found: a sign-in for the contact's user, or a refusal (why is
	 * recorded, never shown).
	 */
	sealed interface Redemption permits SignIn, Refused {

	}

	record SignIn(PartnerLink link, String userId) implements Redemption {
	}

	record Refused(String why) implements Redemption {
	}

	private final PartnerLinkRepository links;

	private final AccessEventRepository events;

	private final PartnerContacts contacts;

	private final ContactUsers contactUsers;

	private final TaskService taskService;

	private final SystemActions system;

	private final BusinessTime time;

	private final PartnerAccessProperties properties;

	private final PublicBaseUrl baseUrl;

	PartnerLinks(PartnerLinkRepository links, AccessEventRepository events, PartnerContacts contacts,
			ContactUsers contactUsers, TaskService taskService, SystemActions system, BusinessTime time,
			PartnerAccessProperties properties, PublicBaseUrl baseUrl) {
		this.links = links;
		this.events = events;
		this.contacts = contacts;
		this.contactUsers = contactUsers;
		this.taskService = taskService;
		this.system = system;
		this.time = time;
		this.properties = properties;
		this.baseUrl = baseUrl;
	}

	/**
	 * In the outbox's transaction that marks the mail SENDING: the row's earlier link
	 * revoked, a new one recorded.
	 */
	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public Optional<Issued> issue(Long reminderId, String partnerId, ReminderBatch.PersonalLink wanted) {
		Optional<PartnerContact> contact = contacts.find(wanted.contactId())
			.filter(PartnerContact::isActive)
			.filter(c -> c.getPartnerId().equals(partnerId) && c.getUserId() != null);
		Instant now = time.now();
		for (PartnerLink earlier : links.findByReminderIdAndRevokedAtIsNull(reminderId)) {
			earlier.revoke("replaced by a new link in a resent mail", now);
			record(AccessEvent.Kind.REVOKED, earlier, "replaced by a new link in a resent mail");
		}
		if (contact.isEmpty() || !taskOpen(wanted.taskId()) || contacts.isInsider(contact.get().getEmail())) {
			return Optional.empty(); // never to one of ours, even if the buyer's domains
										// or users changed since
		}
		for (PartnerLink older : links.findByContactIdAndRevokedAtIsNull(wanted.contactId())) {
			if (older.getTaskId().equals(wanted.taskId())) { // one live link per contact
																// and task: the newest
				older.revoke("replaced by a newer link", now);
				record(AccessEvent.Kind.REVOKED, older, "replaced by a newer link");
			}
		}
		String token = LinkTokens.newToken();
		Instant expiresAt = now.plus(properties.linkLifetime());
		PartnerLink link = links.save(new PartnerLink(LinkTokens.hash(token), wanted.contactId(), partnerId,
				wanted.taskId(), reminderId, now, expiresAt));
		record(AccessEvent.Kind.ISSUED, link, "mailed to the contact");
		return Optional.of(new Issued(baseUrl.get() + "/partner-access/" + token, expiresAt));
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<ReminderBatch.PersonalLink> forTask(String partnerId, String email, String processInstanceId,
			String taskDefinitionKey) {
		if (email == null || processInstanceId == null) {
			return Optional.empty();
		}
		Optional<PartnerContact> contact = contacts.of(partnerId, List.of(email)).stream().findFirst();
		if (contact.isEmpty()) {
			return Optional.empty();
		}
		List<org.camunda.bpm.engine.task.Task> open = system.run(() -> taskService.createTaskQuery()
			.processInstanceId(processInstanceId)
			.taskDefinitionKey(taskDefinitionKey)
			.listPage(0, 2));
		return open.size() == 1
				? Optional.of(new ReminderBatch.PersonalLink(contact.get().getId(), open.get(0).getId()))
				: Optional.empty();
	}

	/**
	 * Continue: the link's token signs in once. Whatever the token, the same work is done
	 * (a hash and one lookup), so a refusal takes the same time whatever its reason.
	 */
	@Transactional
	Redemption redeem(String token) {
		Instant now = time.now();
		Optional<PartnerLink> found = lookUp(token);
		if (found.isEmpty()) {
			record(AccessEvent.Kind.REFUSED, null, "no such link");
			return new Refused("no such link");
		}
		PartnerLink link = found.get();
		String refusal = link.refusal(now);
		Optional<PartnerContact> contact = contacts.find(link.getContactId()).filter(PartnerContact::isActive);
		if (refusal == null && (contact.isEmpty() || contact.get().getUserId() == null
				|| !contactUsers.exists(contact.get().getUserId()))) {
			refusal = "the contact has left";
		}
		if (refusal == null && !taskOpen(link.getTaskId())) {
			link.revoke("its task has ended", now);
			record(AccessEvent.Kind.REVOKED, link, "its task has ended");
			refusal = "its task has ended";
		}
		if (refusal != null) {
			record(AccessEvent.Kind.REFUSED, link, refusal);
			return new Refused(refusal);
		}
		link.use(now);
		record(AccessEvent.Kind.USED, link, "signed in");
		return new SignIn(link, contact.get().getUserId());
	}

	/**
	 * "Mail me a new link": for a real link whose task is still open and whose contact is
	 * still there, the contact and task it names; empty otherwise. The caller never
	 * learns which.
	 */
	@Transactional
	Optional<PartnerLink> resendable(String token) {
		Optional<PartnerLink> link = lookUp(token)
			.filter(l -> l.getRevokedAt() == null || !"operator revoked".equals(l.getRevokedReason()))
			.filter(l -> contacts.find(l.getContactId()).filter(PartnerContact::isActive).isPresent())
			.filter(l -> taskOpen(l.getTaskId()));
		link.ifPresent(l -> record(AccessEvent.Kind.RESEND_ASKED, l, "a new link was asked for"));
		return link;
	}

	/**
	 * Whether a link session may go on: before its end, its link not revoked, its task
	 * open, its user there.
	 */
	@Transactional
	Optional<String> sessionEnds(LinkSession session) {
		Instant now = time.now();
		if (!now.isBefore(session.endsAt())) {
			return Optional.of("the session's lifetime is over");
		}
		PartnerLink link = links.findById(session.linkId()).orElse(null);
		if (link == null || link.getRevokedAt() != null && !"its task has ended".equals(link.getRevokedReason())) {
			return Optional.of("the link was revoked");
		}
		if (!taskOpen(session.taskId())) {
			if (link.getRevokedAt() == null) {
				link.revoke("its task has ended", now);
				record(AccessEvent.Kind.REVOKED, link, "its task has ended");
			}
			return Optional.of("its task has ended");
		}
		if (!contactUsers.exists(session.userId())) {
			return Optional.of("the contact has left");
		}
		return Optional.empty();
	}

	@Transactional
	void sessionEnded(LinkSession session, String why) {
		links.findById(session.linkId()).ifPresent(link -> record(AccessEvent.Kind.SESSION_ENDED, link, why));
	}

	/**
	 * The contact was removed, its address changed, or the partnership ended: every live
	 * link of it stops.
	 */
	@EventListener
	void contactAccessEnded(ContactAccessEnded ended) {
		revoke(links.findByContactIdAndRevokedAtIsNull(ended.contactId()), ended.reason());
	}

	/**
	 * An operator stops every link of a partner (and so every session they opened); the
	 * number revoked.
	 */
	@Transactional
	public int revokeAll(String partnerId) {
		Instant now = time.now();
		List<PartnerLink> live = links.findByPartnerIdAndRevokedAtIsNull(partnerId)
			.stream()
			.filter(link -> link.isLive(now) && link.getUsedAt() == null
					|| link.getUsedAt() != null && taskOpen(link.getTaskId())) // a used
																				// one may
																				// hold a
																				// session
			.toList();
		revoke(live, "operator revoked");
		return live.size();
	}

	/** What happened to the partner's links, oldest first. */
	@Transactional(readOnly = true)
	public List<Event> events(String partnerId) {
		return events.findByPartnerIdOrderByIdAsc(partnerId)
			.stream()
			.map(e -> new Event(e.getAt(), e.getKind().name(), e.getLinkId(), e.getContactId(), e.getTaskId(),
					e.getDetail()))
			.toList();
	}

	public record Event(Instant at, String kind, Long linkId, String contactId, String taskId, String detail) {
	}

	private void revoke(List<PartnerLink> live, String reason) {
		Instant now = time.now();
		for (PartnerLink link : live) {
			link.revoke(reason, now);
			record(AccessEvent.Kind.REVOKED, link, reason);
		}
	}

	private Optional<PartnerLink> lookUp(String token) {
		String candidate = token == null ? "" : token;
		String hash = LinkTokens.hash(candidate); // also for a token of the wrong shape:
													// the same work
		Optional<PartnerLink> link = links.findByTokenHash(hash);
		return LinkTokens.SHAPE.matcher(candidate).matches() ? link : Optional.empty();
	}

	private boolean taskOpen(String taskId) {
		return system.run(() -> taskService.createTaskQuery().taskId(taskId).count() == 1);
	}

	private void record(AccessEvent.Kind kind, PartnerLink link, String detail) {
		events.save(new AccessEvent(time.now(), kind, link, detail));
	}

}
