package com.partnerlifecycle.partner;

import java.util.List;
import java.util.Locale;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;

import com.partnerlifecycle.common.InvalidInputException;

/**
 * What a partner provides, as tags ("cloud hosting", "sap", "service desk"). Tags are
 * compared lower-cased with single spaces, so "Cloud Hosting" and "cloud hosting" are one
 * capability; partners sharing one overlap.
 */
public final class Capabilities {

	public static final int MAX_TAGS = 30;

	public static final int MAX_LENGTH = 50;

	/**
	 * Letters of any script, digits, and a few joiners: "c#", "sap s/4hana", "end-user
	 * support".
	 */
	private static final Pattern TAG = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} ./&+#-]*");

	private Capabilities() {
	}

	/** The declared tags, normalized and each once; an empty list clears them. */
	public static SortedSet<String> normalize(String field, List<String> tags) {
		if (tags == null) {
			return new TreeSet<>();
		}
		SortedSet<String> normalized = new TreeSet<>();
		for (int i = 0; i < tags.size(); i++) {
			String name = field + "[" + i + "]";
			String tag = tags.get(i) == null ? ""
					: tags.get(i).strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
			if (tag.isEmpty()) {
				throw new InvalidInputException(name, "must not be blank");
			}
			if (tag.length() > MAX_LENGTH) {
				throw new InvalidInputException(name,
						"must be at most " + MAX_LENGTH + " characters, was " + tag.length());
			}
			if (!TAG.matcher(tag).matches()) {
				throw new InvalidInputException(name,
						"must start with a letter or digit and hold only letters, digits, "
								+ "spaces and . / & + # -, was '" + tags.get(i).strip() + "'");
			}
			normalized.add(tag);
		}
		if (normalized.size() > MAX_TAGS) {
			throw new InvalidInputException(field,
					"must hold at most " + MAX_TAGS + " capabilities, was " + normalized.size());
		}
		return normalized;
	}

}
