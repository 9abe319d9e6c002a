package com.partnerlifecycle.reminder;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import com.partnerlifecycle.reminder.ReminderBatch.Recipient;

/**
 * Who gets a mail: the members of a Camunda group (users with an e-mail address), and who
 * sends it.
 */
@Component
public class Recipients {

	private final IdentityService identityService;

	private final Recipient organizer;

	public Recipients(IdentityService identityService,
			@Value("${partnership.mail.from:partnerships@buyer.example}") String from) {
		this.identityService = identityService;
		this.organizer = new Recipient("Partnership Lifecycle", from);
	}

	public List<Recipient> membersOf(String group) {
		return identityService.createUserQuery()
			.memberOfGroup(group)
			.listPage(0, 200)
			.stream()
			.map((User u) -> new Recipient((u.getFirstName() + " " + u.getLastName()).strip(), u.getEmail()))
			.toList();
	}

	/** The organizer of calendar entries: the application's sender address. */
	public Recipient organizer() {
		return organizer;
	}

}
