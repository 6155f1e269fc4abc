package phaze.agent.boundary;

import java.util.List;

/** An agent as the console and the operator API show it. Times are ISO-8601 or null. */
public record AgentSummary(String id, String name, String status, String lastSeenAt, String registeredAt,
                           String version, Integer queueDepth, List<RootSummary> roots) {

    public record RootSummary(String path, Boolean readable, String problem) {
    }
}
