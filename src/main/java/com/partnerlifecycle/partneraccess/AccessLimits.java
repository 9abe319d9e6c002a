package com.partnerlifecycle.partneraccess;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;

import org.springframework.stereotype.Component;

/**
 * How often the landing page's buttons may be used: per client address and per link
 * (Continue and "mail me a new link"), and how many new links one contact may be mailed.
 * Per node, in memory (resilience4j rate limiters, as for failed logins). A GET of a link
 * counts against nothing.
 */
@Component
class AccessLimits {

	private static final int MAX_KEYS = 10_000;

	private final RateLimiterConfig attemptsPerClient;

	private final RateLimiterConfig attemptsPerLink;

	private final RateLimiterConfig resendsPerContact;

	private final Map<String, RateLimiter> limiters = new ConcurrentHashMap<>();

	AccessLimits(PartnerAccessProperties properties) {
		this.attemptsPerClient = config(properties.attemptsPerClient(), properties.limitPeriod());
		this.attemptsPerLink = config(properties.attemptsPerLink(), properties.limitPeriod());
		this.resendsPerContact = config(properties.resendsPerContact(), properties.resendPeriod());
	}

	private static RateLimiterConfig config(int limit, Duration period) {
		return RateLimiterConfig.custom()
			.limitForPeriod(limit)
			.limitRefreshPeriod(period)
			.timeoutDuration(Duration.ZERO)
			.build();
	}

	/**
	 * One use of a button by this client for this link (by its hash); false once either
	 * is over its limit.
	 */
	boolean attempt(String client, String linkHash) {
		boolean byClient = take("client\n" + client, attemptsPerClient);
		boolean byLink = take("link\n" + linkHash, attemptsPerLink);
		return byClient && byLink;
	}

	/** One new link mailed to this contact; false once over its limit. */
	boolean resend(String contactId) {
		return take("contact\n" + contactId, resendsPerContact);
	}

	private boolean take(String key, RateLimiterConfig config) {
		if (limiters.size() >= MAX_KEYS) {
			limiters.values()
				.removeIf(
						l -> l.getMetrics().getAvailablePermissions() >= l.getRateLimiterConfig().getLimitForPeriod());
		}
		return limiters.computeIfAbsent(key, name -> RateLimiter.of(name, config)).acquirePermission();
	}

}
