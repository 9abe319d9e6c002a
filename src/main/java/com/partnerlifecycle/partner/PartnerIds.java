package com.partnerlifecycle.partner;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Readable partner ids from names ("Åtea Sverige AB" → "atea-sverige-ab"): the id is the
 * business key people see in Cockpit and part of the partner's group id
 * {@code partner-<id>}, so it stays in [a-z0-9-].
 */
final class PartnerIds {

	static final int MAX_LENGTH = 40;

	private PartnerIds() {
	}

	static String fromName(String name, Predicate<String> taken) {
		String base = slug(name);
		if (base.isEmpty()) {
			base = "partner"; // names in scripts without a Latin form (株式会社) still get an
								// id
		}
		String id = base;
		for (int n = 2; taken.test(id); n++) {
			String suffix = "-" + n;
			id = base.substring(0, Math.min(base.length(), MAX_LENGTH - suffix.length())) + suffix;
		}
		return id;
	}

	static String slug(String name) {
		String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
		String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
		if (slug.length() > MAX_LENGTH) {
			slug = slug.substring(0, MAX_LENGTH).replaceAll("-+$", "");
		}
		return slug;
	}

}
