package com.partnerlifecycle.security;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

/**
 * One call through a door of the engine API: who calls (as that door knows it) and the
 * path inside the engine's root. At {@code /engine-rest} the caller is the user Camunda's
 * ProcessEngineAuthenticationFilter authenticated; at the web apps' door the user of the
 * web-app session, with the groups the web apps cached at the login (refreshed every
 * {@code camunda.bpm.webapp.auth.cache.time-to-live}).
 *
 * @param authentication the caller, or null if the door has not authenticated anyone (its
 * own filters refuse then)
 * @param path the path under the engine's root, slashes collapsed, no trailing slash:
 * {@code /task/42/comment}
 */
record EngineCaller(Authentication authentication, String engine, String path) {

	/**
	 * Optionally /engine/{name} (always there at the web apps' door), then the engine's
	 * resources.
	 */
	private static final Pattern NAMED_ENGINE = Pattern.compile("^/engine/([^/]+)(/.*)?$");

	static EngineCaller of(HttpServletRequest request, IdentityService identityService, String webappEngineApi) {
		String pathInfo = request.getPathInfo() == null ? "" : request.getPathInfo();
		String path = pathInfo.replaceAll("/{2,}", "/");
		if (path.length() > 1 && path.endsWith("/")) {
			path = path.substring(0, path.length() - 1);
		}
		String engine = "default";
		Matcher named = NAMED_ENGINE.matcher(path);
		if (named.matches()) {
			engine = named.group(1);
			path = named.group(2) == null ? "" : named.group(2);
		}
		return new EngineCaller(authentication(request, identityService, webappEngineApi, engine), engine, path);
	}

	private static Authentication authentication(HttpServletRequest request, IdentityService identityService,
			String webappEngineApi, String engine) {
		if (webappEngineApi.equals(request.getServletPath())) {
			HttpSession session = request.getSession(false);
			if (session == null) {
				return null;
			}
			return AuthenticationUtil.getAuthsFromSession(session)
				.getAuthenticationForProcessEngine(engine) instanceof UserAuthentication user
						? new Authentication(user.getIdentityId(), user.getGroupIds(), user.getTenantIds()) : null;
		}
		return identityService.getCurrentAuthentication();
	}

	List<String> groups() {
		return authentication == null || authentication.getGroupIds() == null ? List.of()
				: List.copyOf(authentication.getGroupIds());
	}

}
