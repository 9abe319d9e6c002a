package com.partnerlifecycle.partneraccess;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.web.filter.OncePerRequestFilter;

import com.partnerlifecycle.contact.ContactUsers;
import com.partnerlifecycle.security.LinkSession;

/**
 * What a link session may reach in the web apps ({@code /camunda/*}), before Camunda's
 * own filters: Tasklist and its calls only (the engine calls themselves are narrowed at
 * the engine doors, {@code security.ContactCalls}); Cockpit, Admin and the welcome page
 * answer 403. The session ends, and the browser's storage for this site is cleared
 * (Tasklist's saved drafts), once its lifetime is over, its task has ended, its link was
 * revoked or its contact left: a page then goes to {@code /partner-access/ended}, an API
 * call answers 401. A contact's user with no link session (which no login can make) is
 * signed out at once.
 */
class LinkSessionFilter extends OncePerRequestFilter {

	/** Web apps and APIs a link session never opens. */
	private static final Pattern CLOSED = Pattern
		.compile("^/camunda/(?:app/(?:cockpit|admin|welcome)(?:/.*)?|api/(?:cockpit|admin|welcome)(?:/.*)?)$");

	/** What Tasklist asks of Camunda's admin API: who is signed in, and signing out. */
	private static final Pattern AUTH = Pattern.compile("^/camunda/api/admin/auth/user/default(?:/logout)?$");

	private final PartnerLinks links;

	LinkSessionFilter(PartnerLinks links) {
		this.links = links;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		if (session == null) {
			chain.doFilter(request, response);
			return;
		}
		LinkSession link = (LinkSession) session.getAttribute(LinkSession.ATTRIBUTE);
		if (link == null) {
			if (contactWithoutLink(session)) {
				session.invalidate();
				end(request, response);
				return;
			}
			chain.doFilter(request, response);
			return;
		}
		Optional<String> ends = links.sessionEnds(link);
		if (ends.isPresent()) {
			links.sessionEnded(link, ends.get());
			session.invalidate();
			end(request, response);
			return;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length()).replaceAll("/{2,}", "/");
		if (CLOSED.matcher(path).matches() && !AUTH.matcher(path).matches()) {
			refuse(request, response, link);
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean contactWithoutLink(HttpSession session) {
		return AuthenticationUtil.getAuthsFromSession(session)
			.getAuthentications()
			.stream()
			.anyMatch(a -> a instanceof UserAuthentication && ContactUsers.isContactUser(a.getIdentityId()));
	}

	private static boolean isPage(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length()).startsWith("/camunda/app/");
	}

	private static void end(HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.setHeader("Clear-Site-Data", "\"storage\"");
		response.setHeader("Cache-Control", "no-store");
		if (isPage(request)) {
			response.sendRedirect(request.getContextPath() + "/partner-access/ended");
			return;
		}
		json(response, HttpServletResponse.SC_UNAUTHORIZED, "LinkSessionEnded",
				"Your session for this task has ended: open the link from your latest mail again if something is left to do");
	}

	private static void refuse(HttpServletRequest request, HttpServletResponse response, LinkSession link)
			throws IOException {
		if (isPage(request)) {
			response.setStatus(HttpServletResponse.SC_FORBIDDEN);
			response.setContentType("text/html");
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			response.setHeader("Cache-Control", "no-store");
			String task = request.getContextPath() + "/camunda/app/tasklist/default/#/?task="
					+ java.net.URLEncoder.encode(link.taskId(), StandardCharsets.UTF_8);
			response.getWriter()
				.write("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Not open to you</title>"
						+ "</head><body><h1>Not open to you</h1><p>Signed in through your link, you can open only your "
						+ "task.</p><p><a href=\"" + task + "\">Back to your task</a></p></body></html>");
			return;
		}
		json(response, HttpServletResponse.SC_FORBIDDEN, "Forbidden",
				"signed in through a link, you can open only your task");
	}

	private static void json(HttpServletResponse response, int status, String type, String message) throws IOException {
		response.setStatus(status);
		response.setContentType("application/json");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter().write("{\"type\":\"" + type + "\",\"message\":\"" + message + "\"}");
	}

}
