package phaze.agent.api;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import phaze.agent.boundary.AgentService;
import phaze.agent.boundary.AgentSummary;
import phaze.agent.boundary.RegisteredAgent;

import java.util.List;

/** Operator API for agents: list, register (token shown once), rotate the token, revoke. */
@Path("v1/agents")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AgentsResource {

    public record Registration(String id, String name, List<String> roots) {
    }

    @EJB
    AgentService agents;

    @GET
    public List<AgentSummary> list() {
        return agents.list();
    }

    @GET
    @Path("{id}")
    public AgentSummary get(@PathParam("id") String id) {
        return agents.find(id);
    }

    @POST
    public Response register(Registration registration) {
        Registration r = registration == null ? new Registration(null, null, null) : registration;
        RegisteredAgent registered = agents.register(r.id(), r.name(), r.roots());
        return Response.status(Response.Status.CREATED).entity(registered).build();
    }

    public record Roots(List<String> roots) {
    }

    @jakarta.ws.rs.PUT
    @Path("{id}/roots")
    public AgentSummary roots(@PathParam("id") String id, Roots roots) {
        return agents.replaceRoots(id, roots == null ? null : roots.roots());
    }

    @POST
    @Path("{id}/token")
    public RegisteredAgent rotateToken(@PathParam("id") String id) {
        return agents.rotateToken(id);
    }

    @POST
    @Path("{id}/revoke")
    public AgentSummary revoke(@PathParam("id") String id) {
        return agents.revoke(id);
    }
}
