package com.partnerlifecycle.partneraccess;

import java.security.SecureRandom;
import java.util.Base64;

import org.springframework.web.util.HtmlUtils;

/**
 * The pages of {@code /partner-access}: plain HTML with its own small stylesheet inline
 * (a nonce in the CSP), no script, no third-party asset. Every page with a link's buttons
 * posts back to the same path.
 */
final class LandingPage {

	private static final SecureRandom RANDOM = new SecureRandom();

	private LandingPage() {
	}

	static String nonce() {
		byte[] bytes = new byte[16];
		RANDOM.nextBytes(bytes);
		return Base64.getEncoder().encodeToString(bytes);
	}

	static String csp(String nonce) {
		return "default-src 'none'; style-src 'nonce-" + nonce + "'; form-action 'self'; frame-ancestors 'none'; "
				+ "base-uri 'none'";
	}

	/**
	 * The link's page: Continue, and a new link by mail. The same for every link, real or
	 * not.
	 */
	static String link(String nonce, String pageToken) {
		return page(nonce, "Your task in Partnership Lifecycle",
				"<p>This link opens the one task we asked you to do. It signs you in once; no account or password "
						+ "is needed.</p>" + form("", pageToken, "Continue", "primary", "")
						+ "<p class=\"small\">Link no longer working? We can mail you a new one if the task is still "
						+ "open.</p>" + form("/new-link", pageToken, "Mail me a new link", "secondary", ""));
	}

	/** Someone is signed in in this browser: ask before that session is replaced. */
	static String replaceSession(String nonce, String pageToken, String signedInAs) {
		return page(nonce, "Someone is signed in here",
				"<p>This browser is signed in to Partnership Lifecycle as <strong>" + HtmlUtils.htmlEscape(signedInAs)
						+ "</strong>. Continuing signs that session out and opens your task instead.</p>"
						+ form("", pageToken, "Sign out and continue", "primary",
								"<input type=\"hidden\" name=\"replace\" value=\"yes\">")
						+ "<p class=\"small\">Or close this page to stay signed in.</p>");
	}

	/**
	 * Any link that cannot sign in: unknown, changed, used, expired, revoked, its task
	 * ended.
	 */
	static String unusable(String nonce, String pageToken) {
		return page(nonce, "This link cannot be used",
				"<p>The link is not valid (any more): it may have been used already, have expired, or its task may be "
						+ "done.</p><p>If the link was yours and its task is still open, we can mail you a new one.</p>"
						+ form("/new-link", pageToken, "Mail me a new link", "primary", ""));
	}

	static String newLinkAsked(String nonce) {
		return page(nonce, "Check your mail",
				"<p>If this link was yours and its task is still open, a new link is on its way to your address.</p>"
						+ "<p class=\"small\">You can close this page.</p>");
	}

	static String tooMany(String nonce) {
		return page(nonce, "Too many attempts",
				"<p>Too many attempts from here or with this link. Please wait a few minutes and open the link from "
						+ "your mail again.</p>");
	}

	static String refused(String nonce) {
		return page(nonce, "Please open the link from your mail",
				"<p>This request did not come from the link's own page. Open the link from your mail again and press "
						+ "the button there.</p>");
	}

	static String ended(String nonce) {
		return page(nonce, "Your session has ended",
				"<p>Thank you. Your session for this task has ended: the task is done, or its time is up.</p>"
						+ "<p class=\"small\">If there is something left to do, open the link from your latest mail "
						+ "again. You can close this page.</p>");
	}

	private static String form(String action, String pageToken, String label, String kind, String more) {
		String intent = action.isEmpty() ? "continue" : "new-link";
		return "<form method=\"post\" action=\"\"><input type=\"hidden\" name=\"page\" value=\""
				+ HtmlUtils.htmlEscape(pageToken) + "\"><input type=\"hidden\" name=\"intent\" value=\"" + intent
				+ "\">" + more + "<button type=\"submit\" class=\"" + kind + "\">" + HtmlUtils.htmlEscape(label)
				+ "</button></form>";
	}

	private static String page(String nonce, String title, String body) {
		return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
				+ "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
				+ "<meta name=\"referrer\" content=\"no-referrer\"><title>" + HtmlUtils.htmlEscape(title)
				+ " · Partnership Lifecycle</title><style nonce=\"" + nonce + "\">"
				+ "body{font-family:system-ui,sans-serif;background:#f4f5f7;color:#222;margin:0}"
				+ "main{max-width:34rem;margin:4rem auto;background:#fff;padding:2rem 2.2rem;border-radius:8px;"
				+ "box-shadow:0 1px 4px rgba(0,0,0,.12)}h1{font-size:1.4rem;margin-top:0}"
				+ "button{font-size:1rem;padding:.6rem 1.2rem;border-radius:4px;border:1px solid #1a5fb4;cursor:pointer}"
				+ "button.primary{background:#1a5fb4;color:#fff}button.secondary{background:#fff;color:#1a5fb4}"
				+ ".small{color:#555;font-size:.9rem}form{margin:1rem 0}header{color:#555;font-size:.85rem;"
				+ "margin-bottom:1rem}</style></head><body><main><header>Partnership Lifecycle</header><h1>"
				+ HtmlUtils.htmlEscape(title) + "</h1>" + body + "</main></body></html>";
	}

}
