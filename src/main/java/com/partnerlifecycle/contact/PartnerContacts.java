package com.partnerlifecycle.contact;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.partnerlifecycle.common.BusinessTime;
import com.partnerlifecycle.common.ConflictException;
import com.partnerlifecycle.common.CurrentUser;
import com.partnerlifecycle.common.EmailAddress;
import com.partnerlifecycle.common.InvalidInputException;
import com.partnerlifecycle.common.NotFoundException;
import com.partnerlifecycle.common.People;
import com.partnerlifecycle.common.SystemActions;
import com.partnerlifecycle.common.Text;
import com.partnerlifecycle.common.Groups;
import com.partnerlifecycle.partner.Partner;
import com.partnerlifecycle.partner.PartnerService;
import com.partnerlifecycle.partner.PartnershipEnded;

/**
 * A partner's contacts: added, changed and removed by the buyer's sourcing managers (who
 * did it is kept), each with a Camunda user of its own ({@link ContactUsers}). A contact
 * is one of the partner's people: an address in the buyer's own domains
 * ({@code partnership.buyer-domains}) or of one of the buyer's users is refused, so
 * nobody of ours gets a link to act for the partner. A new address is a new user: the old
 * one's links and sessions end ({@link ContactAccessEnded}), as when the contact is
 * removed or the partnership ends.
 */
@Service
public class PartnerContacts {

	public record Input(String name, String email, String role) {
	}

	private final PartnerContactRepository contacts;

	private final ContactUserRepository contactUsers;

	private final ContactUsers users;

	private final PartnerService partners;

	private final IdentityService identityService;

	private final SystemActions system;

	private final CurrentUser currentUser;

	private final BusinessTime time;

	private final ApplicationEventPublisher events;

	private final Set<String> buyerDomains;

	PartnerContacts(PartnerContactRepository contacts, ContactUserRepository contactUsers, ContactUsers users,
			PartnerService partners, IdentityService identityService, SystemActions system, CurrentUser currentUser,
			BusinessTime time, ApplicationEventPublisher events,
			@Value("${partnership.buyer-domains:buyer.example}") List<String> buyerDomains) {
		this.contacts = contacts;
		this.contactUsers = contactUsers;
		this.users = users;
		this.partners = partners;
		this.identityService = identityService;
		this.system = system;
		this.currentUser = currentUser;
		this.time = time;
		this.events = events;
		this.buyerDomains = buyerDomains.stream()
			.map(d -> d.strip().toLowerCase(Locale.ROOT))
			.filter(d -> !d.isEmpty())
			.collect(Collectors.toUnmodifiableSet());
	}

	@Transactional(readOnly = true)
	public List<PartnerContact> of(String partnerId) {
		partners.get(partnerId);
		return contacts.findByPartnerIdAndRemovedAtIsNullOrderByNameAsc(partnerId);
	}

	/**
	 * The partner's contacts with one of these addresses (any case), or all of them for
	 * null.
	 */
	@Transactional(readOnly = true)
	public List<PartnerContact> of(String partnerId, Collection<String> emails) {
		List<PartnerContact> all = contacts.findByPartnerIdAndRemovedAtIsNullOrderByNameAsc(partnerId);
		if (emails == null) {
			return all;
		}
		Set<String> wanted = emails.stream()
			.filter(e -> e != null)
			.map(e -> e.strip().toLowerCase(Locale.ROOT))
			.collect(Collectors.toSet());
		return all.stream().filter(c -> wanted.contains(c.getEmail().toLowerCase(Locale.ROOT))).toList();
	}

	@Transactional(readOnly = true)
	public Optional<PartnerContact> find(String contactId) {
		return contacts.findById(contactId);
	}

	/** Who a {@code contact-<uuid>} user was: its name and address then. */
	@Transactional(readOnly = true)
	public Optional<ContactUser> user(String userId) {
		return ContactUsers.isContactUser(userId) ? contactUsers.findById(userId) : Optional.empty();
	}

	/**
	 * Who acted, as records show it: a contact's user ({@code contact-<uuid>}) as the
	 * contact's name and address then, anyone else by user id.
	 */
	@Transactional(readOnly = true)
	public String whoActed(String userId) {
		return user(userId).map(ContactUser::display).orElse(userId);
	}

	@Transactional
	public PartnerContact add(String partnerId, Input input) {
		Partner partner = open(partnerId);
		Input valid = valid(partnerId, null, input);
		String id = UUID.randomUUID().toString();
		String userId = users.create(valid.name(), valid.email());
		PartnerContact contact = contacts.save(new PartnerContact(id, partner.getId(), valid.name(), valid.email(),
				valid.role(), userId, currentUser.idOrSystem(), time.now()));
		contactUsers.save(new ContactUser(userId, id, valid.name(), valid.email(), time.now()));
		return contact;
	}

	/**
	 * A new name or role keeps the contact's user; a new address gives it a new user, and
	 * the old one's links and sessions end.
	 */
	@Transactional
	public PartnerContact change(String partnerId, String contactId, Input input) {
		open(partnerId);
		PartnerContact contact = activeContact(partnerId, contactId);
		Input valid = valid(partnerId, contactId, input);
		String userId = contact.getUserId();
		if (!valid.email().equalsIgnoreCase(contact.getEmail())) {
			retire(contact, "address changed");
			userId = users.create(valid.name(), valid.email());
			contactUsers.save(new ContactUser(userId, contact.getId(), valid.name(), valid.email(), time.now()));
		}
		else if (!valid.name().equals(contact.getName()) && userId != null) { // the same
																				// person,
																				// its
																				// name
																				// corrected
			users.rename(userId, valid.name());
			contactUsers.findById(userId).ifPresent(u -> u.rename(valid.name()));
		}
		contact.change(valid.name(), valid.email(), valid.role(), userId, currentUser.idOrSystem(), time.now());
		return contact;
	}

	@Transactional
	public void remove(String partnerId, String contactId) {
		partners.get(partnerId);
		PartnerContact contact = activeContact(partnerId, contactId);
		retire(contact, "contact removed");
		contact.remove(currentUser.idOrSystem(), time.now());
	}

	/**
	 * The partnership ended: every contact of it is removed, by the system, in the same
	 * transaction.
	 */
	@EventListener
	void partnershipEnded(PartnershipEnded ended) {
		for (PartnerContact contact : contacts.findByPartnerIdAndRemovedAtIsNullOrderByNameAsc(ended.partnerId())) {
			retire(contact, "partnership ended");
			contact.remove(CurrentUser.SYSTEM, time.now());
		}
	}

	private void retire(PartnerContact contact, String reason) {
		String userId = contact.getUserId();
		if (userId != null) {
			contactUsers.findById(userId).ifPresent(u -> u.retire(time.now()));
			users.delete(userId);
		}
		events.publishEvent(new ContactAccessEnded(contact.getId(), contact.getPartnerId(), reason));
	}

	private Partner open(String partnerId) {
		Partner partner = partners.get(partnerId);
		if (partner.getStage().hasEnded()) {
			throw new ConflictException("partner", "the partnership with " + partner.getName() + " has ended ("
					+ partner.getStage() + "); it has no contacts any more");
		}
		return partner;
	}

	@Transactional(readOnly = true)
	public PartnerContact active(String partnerId, String contactId) {
		partners.get(partnerId);
		return activeContact(partnerId, contactId);
	}

	private PartnerContact activeContact(String partnerId, String contactId) {
		return contacts.findByIdAndPartnerId(contactId, partnerId)
			.filter(PartnerContact::isActive)
			.orElseThrow(() -> new NotFoundException("contact", contactId));
	}

	private Input valid(String partnerId, String contactId, Input input) {
		String name = required("name", input.name(), 200);
		String email = EmailAddress.require("email",
				required("email", input.email(), EmailAddress.MAX_LENGTH).toLowerCase(Locale.ROOT));
		String domain = email.substring(email.indexOf('@') + 1);
		if (buyerDomains.stream().anyMatch(d -> domain.equals(d) || domain.endsWith("." + d))) {
			throw new InvalidInputException("email", "is an address of the buyer (" + domain
					+ "): contacts are the partner's people; ours act in Tasklist as themselves");
		}
		if (isBuyerUser(email)) {
			throw new InvalidInputException("email", "belongs to one of the buyer's users: contacts are the partner's "
					+ "people; ours act in Tasklist as themselves");
		}
		boolean taken = contacts.findByPartnerIdAndRemovedAtIsNullOrderByNameAsc(partnerId)
			.stream()
			.anyMatch(c -> !c.getId().equals(contactId) && c.getEmail().equalsIgnoreCase(email));
		if (taken) {
			throw new ConflictException("email", "is already the address of another contact of this partner");
		}
		String role = input.role() == null || input.role().isBlank() ? null : required("role", input.role(), 200);
		return new Input(name, email, role);
	}

	/**
	 * An address in the buyer's domains, or one of the buyer's users: never a contact,
	 * never sent a link.
	 */
	@Transactional(readOnly = true)
	public boolean isInsider(String email) {
		String address = email.strip().toLowerCase(Locale.ROOT);
		String domain = address.substring(address.indexOf('@') + 1);
		String bare = domain.endsWith(".") ? domain.substring(0, domain.length() - 1) : domain;
		return buyerDomains.stream().anyMatch(d -> bare.equals(d) || bare.endsWith("." + d)) || isBuyerUser(address);
	}

	/** One of our people (or an operator) has this address, in any case. */
	private boolean isBuyerUser(String email) {
		return java.util.stream.Stream
			.concat(People.BUYER_GROUPS.stream(), java.util.stream.Stream.of(Groups.CAMUNDA_ADMIN))
			.flatMap(group -> system.run(() -> identityService.createUserQuery().memberOfGroup(group).listPage(0, 5000))
				.stream())
			.anyMatch(u -> u.getEmail() != null && u.getEmail().strip().equalsIgnoreCase(email));
	}

	private static String required(String field, String value, int max) {
		if (value == null || value.isBlank()) {
			throw new InvalidInputException(field, "must not be blank");
		}
		String stripped = value.strip();
		if (!Text.isOneLine(stripped)) {
			throw new InvalidInputException(field, Text.NOT_ONE_LINE);
		}
		if (stripped.length() > max) {
			throw new InvalidInputException(field, "must be at most " + max + " characters");
		}
		return stripped;
	}

}
