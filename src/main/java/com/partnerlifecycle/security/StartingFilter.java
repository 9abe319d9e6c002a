package com.partnerlifecycle.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

import com.partnerlifecycle.common.StartupWork;

/**
 * Until the start-up work is complete ({@link StartupWork}), the web apps, the APIs and
 * the partners' link pages answer 503 with {@code Retry-After: 5}, so that nobody logs in
 * to half of the demo: a browser gets a small page that says so and reloads by itself,
 * any other caller problem JSON. Ahead of every other filter (authentication included);
 * the start-up work itself calls services, not HTTP, and is not held up. Once complete,
 * one volatile read per request.
 */
class StartingFilter extends OncePerRequestFilter {

	static final String RETRY_AFTER_SECONDS = "5";

	private final StartupWork work;

	StartingFilter(StartupWork work) {
		this.work = work;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return work.isComplete();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (work.isComplete()) { // completed since shouldNotFilter
			chain.doFilter(request, response);
			return;
		}
		List<StartupWork.Piece> pending = work.pending();
		response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
		response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
		SecurityHeaders.apply(response, request.isSecure());
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		if (isBrowser(request)) {
			response.setContentType("text/html");
			response.getWriter().write(page(pending));
		}
		else {
			response.setContentType("application/problem+json");
			response.getWriter().write(problem(pending));
		}
	}

	/** A browser asks for HTML (a page, not a script's call). */
	static boolean isBrowser(HttpServletRequest request) {
		String accept = request.getHeader("Accept");
		return accept != null && accept.contains("text/html");
	}

	static String page(List<StartupWork.Piece> pending) {
		String what = pending.isEmpty() ? ""
				: ": " + pending.stream()
					.map(StartupWork.Piece::forPeople)
					.map(StartingFilter::html)
					.collect(Collectors.joining(", "));
		return """
				<!DOCTYPE html>
				<html lang="en">
				<head>
				<meta charset="utf-8">
				<meta http-equiv="refresh" content="%s">
				<title>Partnership Lifecycle is starting</title>
				</head>
				<body>
				<p>Partnership Lifecycle is starting%s. This page reloads by itself.</p>
				</body>
				</html>
				""".formatted(RETRY_AFTER_SECONDS, what);
	}

	static String problem(List<StartupWork.Piece> pending) {
		String what = pending.isEmpty() ? ""
				: ": " + pending.stream().map(StartupWork.Piece::forCallers).collect(Collectors.joining("; "));
		return "{\"title\":\"Service Unavailable\",\"status\":503,\"detail\":\""
				+ json("starting" + what + "; retry in a few seconds") + "\"}";
	}

	private static String html(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

	private static String json(String text) {
		return text.replace("\\", "\\\\").replace("\"", "\\\"");
	}

}
