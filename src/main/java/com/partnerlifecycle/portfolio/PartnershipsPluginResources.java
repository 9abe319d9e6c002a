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

}
