package phaze.protocol.agent;

import java.util.List;

/** Sent every 30 s: the agent is alive, how much it has queued, and how its roots look from there. */
public record Heartbeat(String version, int queueDepth, List<RootHealth> roots) {
    public Heartbeat {
        roots = roots == null ? List.of() : List.copyOf(roots);
    }
}
