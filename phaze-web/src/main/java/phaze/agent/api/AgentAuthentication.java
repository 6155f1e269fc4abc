package phaze.agent.api;

import jakarta.annotation.Priority;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import phaze.agent.boundary.AgentService;

/**
 * Every agent call carries {@code Authorization: Bearer <token>}; the agent's id is taken from
 * the token alone, never from the request body. Missing/malformed/unknown → 401, revoked → 403.
 */
@Provider
@AgentCall
@Priority(Priorities.AUTHENTICATION)
public class AgentAuthentication implements ContainerRequestFilter {
    static final String AGENT_ID = "phaze.agentId";

    @EJB
    AgentService agents;

    @Override
    public void filter(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        String token = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).trim() : null;
        request.setProperty(AGENT_ID, agents.authenticate(token));
    }
}
