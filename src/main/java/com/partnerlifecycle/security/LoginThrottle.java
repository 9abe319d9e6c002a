package com.partnerlifecycle.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.internal.AtomicRateLimiter;

/**
 * Failed logins are throttled per (user, client) pair, before the password is checked, at
 * every login door: the product API's and the engine REST API's HTTP Basic, and the web
 * apps' login. After {@code failures} wrong passwords within a {@code period} (a
 * resilience4j rate limiter per pair), that client gets 429 with Retry-After for that
 * user until the period ends, without its password being checked, while the user logs in
 * from anywhere else. So wrong passwords sent from one place cannot lock anyone out (the
 * engine's own lockout is relaxed, application.yml); a right password clears its pair.
 * <p>
 * The client is the socket's address; when that is one of {@code trusted-proxies}, it is
 * the address the proxies forwarded (the right-most entry of {@code X-Forwarded-For} that
 * is not itself a trusted proxy). Counts are held in memory: each node counts on its own.
 */
@Component
public class LoginThrottle {

	/**
	 * Pairs remembered at most; beyond, pairs with no failure left in their period are
	 * forgotten.
	 */
	private static final int MAX_PAIRS = 10_000;

	private final RateLimiterConfig config;

	private final Duration period;

	private final Set<String> trustedProxies;

	private final Map<String, RateLimiter> pairs = new ConcurrentHashMap<>();

	@org.springframework.beans.factory.annotation.Autowired
	LoginThrottle(@Value("${partnership.login-throttle.failures:5}") int failures,
			@Value("${partnership.login-throttle.period:PT5M}") Duration period,
			org.springframework.core.env.Environment environment) {
		this(failures, period,
				org.springframework.boot.context.properties.bind.Binder.get(environment)
					.bind("partnership.login-throttle.trusted-proxies",
							org.springframework.boot.context.properties.bind.Bindable.listOf(String.class))
					.orElse(List.of()));
	}

	LoginThrottle(int failures, Duration period, List<String> trustedProxies) {
		this.period = period;
		this.config = RateLimiterConfig.custom()
			.limitForPeriod(failures)
			.limitRefreshPeriod(period)
			.timeoutDuration(Duration.ZERO)
			.build();
		this.trustedProxies = trustedProxies.stream()
			.map(String::strip)
			.filter(p -> !p.isEmpty())
			.collect(Collectors.toSet());
	}

	/**
	 * How long this client must wait before it may try this user's password again; empty
	 * if it may now.
	 */
	public Optional<Duration> waitBefore(String user, HttpServletRequest request) {
		RateLimiter limiter = pairs.get(key(user, request));
		if (limiter == null || limiter.getMetrics().getAvailablePermissions() > 0) {
			return Optional.empty();
		}
		long nanos = limiter instanceof AtomicRateLimiter atomic ? atomic.getDetailedMetrics().getNanosToWait()
				: period.toNanos();
		return Optional.of(Duration.ofNanos(Math.max(nanos, 1)));
	}

	/** A wrong password (or an unknown user) from this client. */
	public void failed(String user, HttpServletRequest request) {
		if (pairs.size() >= MAX_PAIRS) {
			pairs.values()
				.removeIf(limiter -> limiter.getMetrics().getAvailablePermissions() >= config.getLimitForPeriod());
		}
		pairs.computeIfAbsent(key(user, request), name -> RateLimiter.of(name, config)).acquirePermission();
	}

	/** The right password: the pair starts afresh. */
	public void succeeded(String user, HttpServletRequest request) {
		pairs.remove(key(user, request));
	}

	/** What {@link #checkPassword} found. */
	enum Check {

		/** the right password: the pair starts afresh */
		ACCEPTED,
		/** a wrong password or an unknown user, counted */
		WRONG,
		/** the client must wait: answered 429 already, before the password was checked */
		WAIT

	}

	/**
	 * A user's password, checked as at every door that takes HTTP Basic: throttled,
	 * counted, reset on success.
	 */
	Check checkPassword(org.camunda.bpm.engine.IdentityService identity, String user, String password,
			HttpServletRequest request, HttpServletResponse response) throws IOException {
		Optional<Duration> wait = waitBefore(user, request);
		if (wait.isPresent()) { // before the password is checked: a throttled client
								// learns nothing
			refuse(response, wait.get());
			return Check.WAIT;
		}
		if (!identity.checkPassword(user, password)) {
			failed(user, request);
			return Check.WRONG;
		}
		succeeded(user, request);
		return Check.ACCEPTED;
	}

	/** 429 with Retry-After in whole seconds (rounded up) and a problem body. */
	public static void refuse(HttpServletResponse response, Duration wait) throws IOException {
		long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
		response.setStatus(429);
		response.setHeader("Retry-After", Long.toString(seconds));
		response.setContentType("application/problem+json");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":\"Too Many Requests\",\"status\":429,"
					+ "\"detail\":\"Too many failed logins for this user from here: try again in " + seconds
					+ " seconds\",\"errors\":[]}");
	}

	/** The address the request came from, as far as it can be trusted. */
	public String client(HttpServletRequest request) {
		String remote = request.getRemoteAddr();
		if (!trustedProxies.contains(remote)) {
			return remote;
		}
		String forwarded = request.getHeader("X-Forwarded-For");
		if (forwarded == null || forwarded.isBlank()) {
			return remote;
		}
		List<String> hops = Arrays.stream(forwarded.split(",")).map(String::strip).filter(h -> !h.isEmpty()).toList();
		for (int i = hops.size() - 1; i >= 0; i--) {
			if (!trustedProxies.contains(hops.get(i))) {
				return hops.get(i);
			}
		}
		return hops.isEmpty() ? remote : hops.get(0);
	}

	private String key(String user, HttpServletRequest request) {
		String id = user == null ? "" : user.strip().toLowerCase(Locale.ROOT);
		return (id.length() > 256 ? id.substring(0, 256) : id) + "\n" + client(request);
	}

}
