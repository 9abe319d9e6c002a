package com.partnerlifecycle.contact;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import jakarta.validation.constraints.Size;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import com.partnerlifecycle.apidoc.NeverAnswers;
import com.partnerlifecycle.common.Groups;
import com.partnerlifecycle.security.Roles;

/**
 * {@code /api/partners/{id}/contacts}: the partner's people who act through links. Listed
 * for the buyer's people and the partner's own representatives; added, changed (PUT
 * replaces name, address and role) and removed by sourcing managers. Each contact shows
 * who added and who last changed it.
 */
@RestController
@Tag(name = "Contacts", description = "The partner's people who act through personal links")
@RequestMapping("/api/partners/{id}/contacts")
class ContactController {

	record ContactBody(String name, String email, String role) {
	}

	record ContactView(String id, String name, String email, String role, String addedBy, Instant addedAt,
			String changedBy, Instant changedAt) {

		static ContactView of(PartnerContact c) {
			return new ContactView(c.getId(), c.getName(), c.getEmail(), c.getRole(), c.getAddedBy(), c.getAddedAt(),
					c.getChangedBy(), c.getChangedAt());
		}
	}

	private final PartnerContacts contacts;

	private final Roles roles;

	ContactController(PartnerContacts contacts, Roles roles) {
		this.contacts = contacts;
		this.roles = roles;
	}

	@Operation(summary = "List the partner's contacts")
	@GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
	List<ContactView> list(@PathVariable @Size(max = 60, message = "must be at most 60 characters") String id) {
		roles.requireMaySee(id);
		return contacts.of(id).stream().map(ContactView::of).toList();
	}

	@Operation(summary = "Read one contact")
	@GetMapping(path = "/{contactId}", produces = MediaType.APPLICATION_JSON_VALUE)
	ContactView get(@PathVariable @Size(max = 60, message = "must be at most 60 characters") String id,
			@PathVariable @Size(max = 36, message = "must be at most 36 characters") String contactId) {
		roles.requireMaySee(id);
		return ContactView.of(contacts.active(id, contactId));
	}

	@Operation(summary = "Add a contact")
	@ApiResponse(responseCode = "201", description = "Added; Location names the new contact")
	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<ContactView> add(@PathVariable @Size(max = 60, message = "must be at most 60 characters") String id,
			@RequestBody ContactBody body) {
		roles.requireAnyOf("Adding a partner's contact", Groups.SOURCING_MANAGERS);
		PartnerContact contact = contacts.add(id, new PartnerContacts.Input(body.name(), body.email(), body.role()));
		return ResponseEntity.created(URI.create("/api/partners/" + id + "/contacts/" + contact.getId()))
			.body(ContactView.of(contact));
	}

	@Operation(summary = "Change a contact (replaces name, address and role)")
	@PutMapping(path = "/{contactId}", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	ContactView change(@PathVariable @Size(max = 60, message = "must be at most 60 characters") String id,
			@PathVariable @Size(max = 36, message = "must be at most 36 characters") String contactId,
			@RequestBody ContactBody body) {
		roles.requireAnyOf("Changing a partner's contact", Groups.SOURCING_MANAGERS);
		return ContactView
			.of(contacts.change(id, contactId, new PartnerContacts.Input(body.name(), body.email(), body.role())));
	}

	@Operation(summary = "Remove a contact: its links and sessions end")
	@ApiResponse(responseCode = "204", description = "Removed")
	@NeverAnswers(409) // removing needs no live partnership, and clashes with nothing
	@DeleteMapping("/{contactId}")
	ResponseEntity<Void> remove(@PathVariable @Size(max = 60, message = "must be at most 60 characters") String id,
			@PathVariable @Size(max = 36, message = "must be at most 36 characters") String contactId) {
		roles.requireAnyOf("Removing a partner's contact", Groups.SOURCING_MANAGERS);
		contacts.remove(id, contactId);
		return ResponseEntity.noContent().build();
	}

}
