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

import com.partnerlifecycle.config.Groups;
import com.partnerlifecycle.config.SpringBeans;

/**
 * The plugin's REST resources under {@code /camunda/api/cockpit/plugin/partnerships/{engine}/dashboard}. Jersey, not
 * Spring, creates them; Cockpit's login makes them answer 401 without a session, and they check the role
 * themselves: only the buyer's people see the portfolio, a partner representative gets 403.
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

	/** The partner view: for the sourcing managers and executives who open Cockpit (and the operators). */
	static final List<String> PARTNER_VIEW = List.of(Groups.SOURCING_MANAGERS, Groups.EXECUTIVES, Groups.CAMUNDA_ADMIN);

	@Path("{engineName}/partners/{partnerId}")
	public PartnerViewResource partner(@PathParam("engineName") String engineName,
			@PathParam("partnerId") String partnerId) {
		return subResource(new PartnerViewResource(engineName, partnerId), engineName);
	}

	/** Only the buyer's people (and the operators) see the portfolio; a partner's representative does not. */
	static boolean mayReadPortfolio(Authentication user) {
		return user.getGroupIds() != null && user.getGroupIds().stream().anyMatch(ALLOWED::contains);
	}

	public static class DashboardResource extends AbstractCockpitPluginResource {

		public DashboardResource(String engineName) {
			super(engineName);
		}

		@GET
		@Produces(MediaType.APPLICATION_JSON)
		public PortfolioService.Dashboard get() {
			Authentication user = getCurrentAuthentication();
			if (user == null) {
				throw new WebApplicationException(Response.Status.UNAUTHORIZED);
			}
			if (!mayReadPortfolio(user)) {
				throw new WebApplicationException(Response.status(Response.Status.FORBIDDEN)
					.entity("{\"detail\":\"The portfolio is for the buyer's people\"}")
					.type(MediaType.APPLICATION_JSON)
					.build());
			}
			return SpringBeans.get(PortfolioService.class).dashboard();
		}

	}

	/** {@code GET …/partners/{id}}: what the partner view draws; 401 without a session, 403 for other roles, 404 unknown. */
	public static class PartnerViewResource extends AbstractCockpitPluginResource {

		private final String partnerId;

		public PartnerViewResource(String engineName, String partnerId) {
			super(engineName);
			this.partnerId = partnerId;
		}

		@GET
		@Produces(MediaType.APPLICATION_JSON)
		public PartnerViewService.PartnerView get() {
			Authentication user = getCurrentAuthentication();
			if (user == null) {
				throw new WebApplicationException(Response.Status.UNAUTHORIZED);
			}
			if (user.getGroupIds() == null || user.getGroupIds().stream().noneMatch(PARTNER_VIEW::contains)) {
				throw refusal(Response.Status.FORBIDDEN, "The partner view is for sourcing managers and executives");
			}
			try {
				return SpringBeans.get(PartnerViewService.class).of(partnerId);
			}
			catch (com.partnerlifecycle.common.NotFoundException e) {
				throw refusal(Response.Status.NOT_FOUND, "There is no partner " + partnerId);
			}
		}

	}

	private static WebApplicationException refusal(Response.Status status, String detail) {
		String json;
		try {
			json = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(java.util.Map.of("detail", detail));
		}
		catch (com.fasterxml.jackson.core.JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
		return new WebApplicationException(Response.status(status).entity(json).type(MediaType.APPLICATION_JSON).build());
	}

}
