package com.partnerlifecycle.partneraccess;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.camunda.bpm.webapp.impl.util.ServletContextUtil;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.partnerlifecycle.common.SystemActions;
import com.partnerlifecycle.contact.ContactUsers;
import com.partnerlifecycle.security.LinkSession;
import com.partnerlifecycle.security.LoginThrottle;

/**
 * The landing page of a link, {@code /partner-access/<token>}.
 * <ul>
 * <li>GET shows the page with "Continue" and never looks at the token (mail scanners
 * follow links): the same page for every token, and it counts against no limit. It sets a
 * cookie holding a page token that the page's forms carry.</li>
 * <li>POST is a button: the page token must equal the cookie's and the request must come
 * from this origin (no login CSRF). Limited per client and per link
 * ({@link AccessLimits}).</li>
 * <li>Continue with a usable link puts a Camunda web-app authentication for the contact's
 * user into a new session (as Camunda's login does), with the link session beside it
 * ({@link LinkSession}), and redirects to the task by a relative path built from the
 * link's task id. If someone else is signed in in this browser, the page asks first.</li>
 * <li>Any link that cannot be used answers the same page, with a button that mails a
 * fresh link if the link was real and its task is still open; it never says whether it
 * did.</li>
 * </ul>
 * Every answer: {@code Referrer-Policy: no-referrer}, {@code Cache-Control: no-store}, a
 * CSP with {@code frame-ancestors 'none'}.
 */
@Controller
class PartnerAccessController {

	static final String PAGE_COOKIE = "PA_PAGE";

	private final PartnerLinks links;

	private final TaskLinkMails mails;

	private final AccessLimits limits;

	private final LoginThrottle clients;

	private final PublicBaseUrl baseUrl;

	private final ContactUsers contactUsers;

	private final ProcessEngine engine;

	private final SystemActions system;

	private final PartnerAccessProperties properties;

	private final PartnerLinkRepository linkRows;

	private final com.partnerlifecycle.common.BusinessTime time;

	PartnerAccessController(com.partnerlifecycle.common.BusinessTime time, PartnerLinks links, TaskLinkMails mails,
			AccessLimits limits, LoginThrottle clients, PublicBaseUrl baseUrl, ContactUsers contactUsers,
			ProcessEngine engine, SystemActions system, PartnerAccessProperties properties,
			PartnerLinkRepository linkRows) {
		this.time = time;
		this.links = links;
		this.mails = mails;
		this.limits = limits;
		this.clients = clients;
		this.baseUrl = baseUrl;
		this.contactUsers = contactUsers;
		this.engine = engine;
		this.system = system;
		this.properties = properties;
		this.linkRows = linkRows;
	}

	@GetMapping("/partner-access/{token}")
	ResponseEntity<String> show(@PathVariable String token, HttpServletRequest request, HttpServletResponse response) {
		if ("ended".equals(token)) {
			response.setHeader("Clear-Site-Data", "\"storage\"");
			return page(HttpStatus.OK, LandingPage::ended);
		}
		String pageToken = LandingPage.nonce().replace('+', '-').replace('/', '_').replace("=", "");
		Cookie cookie = new Cookie(PAGE_COOKIE, pageToken);
		cookie.setPath(request.getContextPath() + "/partner-access");
		cookie.setHttpOnly(true);
		cookie.setSecure(request.isSecure());
		cookie.setAttribute("SameSite", "Strict");
		cookie.setMaxAge((int) Duration.ofHours(1).toSeconds());
		response.addCookie(cookie);
		return page(HttpStatus.OK, nonce -> LandingPage.link(nonce, pageToken));
	}

	@PostMapping(path = "/partner-access/{token}", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
	ResponseEntity<String> press(@PathVariable String token, @RequestParam(required = false) String page,
			@RequestParam(required = false) String intent, @RequestParam(required = false) String replace,
			HttpServletRequest request) {
		String pageToken = cookie(request);
		if (!sameOrigin(request) || pageToken == null || page == null || !equal(pageToken, page)) {
			return page(HttpStatus.FORBIDDEN, LandingPage::refused);
		}
		if (!limits.attempt(clients.client(request), LinkTokens.hash(token))) {
			return page(HttpStatus.TOO_MANY_REQUESTS, LandingPage::tooMany);
		}
		if ("new-link".equals(intent)) {
			links.resendable(token).ifPresent(link -> {
				if (limits.resend(link.getContactId())) {
					mails.resend(link, (int) linkRows.countByContactIdAndTaskId(link.getContactId(), link.getTaskId()));
				}
			});
			return page(HttpStatus.OK, LandingPage::newLinkAsked);
		}
		Optional<String> signedIn = someoneElse(request);
		if (signedIn.isPresent() && !"yes".equals(replace)) {
			return page(HttpStatus.OK, nonce -> LandingPage.replaceSession(nonce, pageToken, signedIn.get()));
		}
		PartnerLinks.Redemption redemption = links.redeem(token);
		if (!(redemption instanceof PartnerLinks.SignIn signIn)) {
			return page(HttpStatus.OK, nonce -> LandingPage.unusable(nonce, pageToken));
		}
		PartnerLink link = signIn.link();
		contactUsers.grantTask(signIn.userId(), link.getTaskId());
		UserAuthentication authentication = system
			.run(() -> AuthenticationUtil.createAuthentication(engine, signIn.userId()));
		authentication
			.setCacheValidationTime(ServletContextUtil.getAuthCacheValidationTime(request.getServletContext()));
		AuthenticationUtil.revalidateSession(request, authentication); // a new session
																		// with a new id
		HttpSession session = request.getSession();
		Duration lifetime = properties.sessionLifetime();
		session.setAttribute(LinkSession.ATTRIBUTE, new LinkSession(link.getId(), link.getContactId(), signIn.userId(),
				link.getPartnerId(), link.getTaskId(), time.now().plus(lifetime)));
		session.setMaxInactiveInterval((int) lifetime.toSeconds());
		String task = request.getContextPath() + "/camunda/app/tasklist/default/#/?task="
				+ URLEncoder.encode(link.getTaskId(), StandardCharsets.UTF_8);
		return ResponseEntity.status(HttpStatus.SEE_OTHER)
			.header(HttpHeaders.LOCATION, task)
			.headers(this::safety)
			.header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'")
			.build();
	}

	/** The name of whoever else this browser's session is signed in as, if anyone. */
	private Optional<String> someoneElse(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session == null) {
			return Optional.empty();
		}
		Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
		return authentications.getAuthentications()
			.stream()
			.filter(UserAuthentication.class::isInstance)
			.map(a -> a.getIdentityId())
			.findFirst()
			.map(user -> ContactUsers.isContactUser(user) ? "a partner contact" : user);
	}

	/**
	 * The POST comes from a page of this application: its Origin is the public address's,
	 * or, where the browser sends no usable Origin (the page's {@code no-referrer} policy
	 * makes it "null"), its Fetch metadata says same-origin. The page cookie is
	 * SameSite=Strict besides: a cross-site form never carries it.
	 */
	private boolean sameOrigin(HttpServletRequest request) {
		String origin = request.getHeader("Origin");
		if (origin != null && !"null".equals(origin)) {
			return origin.equals(baseUrl.origin());
		}
		return "same-origin".equals(request.getHeader("Sec-Fetch-Site"));
	}

	private static String cookie(HttpServletRequest request) {
		if (request.getCookies() == null) {
			return null;
		}
		for (Cookie cookie : request.getCookies()) {
			if (PAGE_COOKIE.equals(cookie.getName())) {
				return cookie.getValue();
			}
		}
		return null;
	}

	private static boolean equal(String a, String b) {
		return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
	}

	private ResponseEntity<String> page(HttpStatus status, java.util.function.Function<String, String> body) {
		String nonce = LandingPage.nonce();
		return ResponseEntity.status(status)
			.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.headers(this::safety)
			.header("Content-Security-Policy", LandingPage.csp(nonce))
			.body(body.apply(nonce));
	}

	private void safety(HttpHeaders headers) {
		headers.set("Referrer-Policy", "no-referrer");
		headers.setCacheControl(CacheControl.noStore());
		headers.set("X-Content-Type-Options", "nosniff");
		headers.set("X-Frame-Options", "DENY");
	}

}
