package com.partnerlifecycle.portfolio;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginResource;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginRootResource;
import org.camunda.bpm.engine.impl.identity.Authentication;

import com.partnerlifecycle.common.Groups;
import com.partnerlifecycle.config.SpringBeans;

/**
 * The plugin's REST resources under
 * {@code /camunda/api/cockpit/plugin/partnerships/{engine}/dashboard}. Jersey, not
 * Spring, creates them; Cockpit's login makes them answer 401 without a session, and they
 * check the role themselves: only the buyer's people see the portfolio, a partner
 * representative gets 403.
 */
@Path("plugin/" + PartnershipsCockpitPlugin.ID)
public class PartnershipsPluginResources extends AbstractCockpitPluginRootResource {

	static final List<String> ALLOWED = List.of(Groups.SOURCING_MANAGERS, Groups.PARTNERSHIP_REVIEWERS,
			Groups.EXECUTIVES, Groups.CAMUNDA_ADMIN);

	public PartnershipsPluginResources() {
		super(PartnershipsCockpitPlugin.ID);
	}

	@Path("{engineName}/dashboard")
	public DashboardResource dashboard(@PathParam("engineName") String engineName) {
		return subResource(new DashboardResource(engineName), engineName);
	}

	/**
	 * The partner view: for the sourcing managers and executives who open Cockpit (and
	 * the operators).
	 */
	static final List<String> PARTNER_VIEW = List.of(Groups.SOURCING_MANAGERS, Groups.EXECUTIVES, Groups.CAMUNDA_ADMIN);

	@Path("{engineName}/partners/{partnerId}")
	public PartnerViewResource partner(@PathParam("engineName") String engineName,
			@PathParam("partnerId") String partnerId) {
		return subResource(new PartnerViewResource(engineName, partnerId), engineName);
	}

	/**
	 * Only the buyer's people (and the operators) see the portfolio; a partner's
	 * representative does not.
	 */
	static boolean mayReadPortfolio(Authentication user) {
		return inOneOf(user, ALLOWED);
	}

	private static boolean inOneOf(Authentication user, List<String> groups) {
		return user.getGroupIds() != null && user.getGroupIds().stream().anyMatch(groups::contains);
	}

	public static class DashboardResource extends AbstractCockpitPluginResource {

		public DashboardResource(String engineName) {
			super(engineName);
		}

		@GET
		@Produces(MediaType.APPLICATION_JSON)
		public PortfolioService.Dashboard get() {
			requireOneOf(getCurrentAuthentication(), ALLOWED, "The portfolio is for the buyer's people");
			return SpringBeans.get(PortfolioService.class).dashboard();
		}

	}

	/**
	 * {@code GET …/partners/{id}}: what the partner view draws; 401 without a session,
	 * 403 for other roles, 404 unknown.
	 */
	public static class PartnerViewResource extends AbstractCockpitPluginResource {

		private final String partnerId;

		public PartnerViewResource(String engineName, String partnerId) {
			super(engineName);
			this.partnerId = partnerId;
		}

		@GET
		@Produces(MediaType.APPLICATION_JSON)
		public PartnerViewService.PartnerView get() {
			requireOneOf(getCurrentAuthentication(), PARTNER_VIEW,
					"The partner view is for sourcing managers and executives");
			try {
				return SpringBeans.get(PartnerViewService.class).of(partnerId);
			}
			catch (com.partnerlifecycle.common.NotFoundException e) {
				throw refusal(Response.Status.NOT_FOUND, "There is no partner " + partnerId);
			}
		}

	}

	/**
	 * 401 without a session; 403, saying who it is for, unless the user is in one of the
	 * groups.
	 */
	static void requireOneOf(Authentication user, List<String> groups, String forWhom) {
		if (user == null) {
			throw new WebApplicationException(Response.Status.UNAUTHORIZED);
		}
		if (!inOneOf(user, groups)) {
			throw refusal(Response.Status.FORBIDDEN, forWhom);
		}
	}

	private static WebApplicationException refusal(Response.Status status, String detail) {
		String json;
		try {
			json = new com.fasterxml.jackson.databind.ObjectMapper()
				.writeValueAsString(java.util.Map.of("detail", detail));
		}
		catch (com.fasterxml.jackson.core.JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
		return new WebApplicationException(
				Response.status(status).entity(json).type(MediaType.APPLICATION_JSON).build());
	}

}
