package phaze.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** JAX-RS root: the operator API under /api/v1, the agent API under /api/agent/v1. */
@ApplicationPath("/api")
public class PhazeApi extends Application {
}
