package phaze.agent.runtime;

import jakarta.ejb.EJB;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** {@code GET /phaze-agent/api/status}: what this agent is configured with and how it is doing. */
@Path("status")
@Produces(MediaType.APPLICATION_JSON)
public class AgentStatusResource {

    public record Status(String version, String controllerUrl, List<String> roots, int concurrency, boolean tokenPresent,
                         String lastProblem) {
    }

    @ApplicationPath("/api")
    public static class AgentApplication extends Application {
    }

    @EJB
    AgentLoop loop;

    @GET
    public Status status() {
        AgentSettings s = loop.settings();
        return new Status(AgentLoop.VERSION, s.controllerUrl(), s.roots().stream().map(Object::toString).toList(),
                s.concurrency(), s.token().isPresent(), loop.lastProblem().orElse(null));
    }
}
