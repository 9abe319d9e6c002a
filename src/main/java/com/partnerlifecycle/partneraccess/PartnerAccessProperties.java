package com.partnerlifecycle.partneraccess;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import com.partnerlifecycle.common.InvalidInputException;

/**
 * Single-use links for partner contacts (configuration, {@code partnership.partner-access.*}; docs/operations.md).
 *
 * @param linkLifetime how long a link signs in after it is mailed (never after its task ends); default P14D
 * @param sessionLifetime how long a session opened by a link lasts at most (it also ends with its task); default PT60M
 * @param attemptsPerClient uses of the landing page's buttons per client address within {@code limitPeriod}
 * @param attemptsPerLink uses of one link's buttons within {@code limitPeriod}
 * @param resendsPerContact new links mailed to one contact within {@code resendPeriod}
 */
@ConfigurationProperties("partnership.partner-access")
public record PartnerAccessProperties(@DefaultValue("P14D") Duration linkLifetime,
		@DefaultValue("PT60M") Duration sessionLifetime, @DefaultValue("20") int attemptsPerClient,
		@DefaultValue("10") int attemptsPerLink, @DefaultValue("PT10M") Duration limitPeriod,
		@DefaultValue("3") int resendsPerContact, @DefaultValue("PT24H") Duration resendPeriod) {

	public PartnerAccessProperties {
		if (linkLifetime.isNegative() || linkLifetime.isZero() || linkLifetime.compareTo(Duration.ofDays(60)) > 0) {
			throw new InvalidInputException("linkLifetime", "must be between PT1M and P60D, was " + linkLifetime);
		}
		if (sessionLifetime.isNegative() || sessionLifetime.isZero() || sessionLifetime.compareTo(Duration.ofHours(12)) > 0) {
			throw new InvalidInputException("sessionLifetime", "must be between PT1M and PT12H, was " + sessionLifetime);
		}
		if (attemptsPerClient < 1 || attemptsPerLink < 1 || resendsPerContact < 1) {
			throw new InvalidInputException("attemptsPerClient", "limits must be at least 1");
		}
	}

}
