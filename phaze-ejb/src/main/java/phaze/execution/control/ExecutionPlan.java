package phaze.execution.control;

import java.util.List;
import java.util.Map;

/**
 * The reviewed plan: what will run, what is blocked and why, and the hash that names exactly this plan
 * ({@code POST /api/v1/execution} must quote it; a different plan is refused).
 */
public record ExecutionPlan(String hash, List<PlanItem> items, List<BlockedMove> blocked, Summary summary) {

    /** Counts for the console: renames vs moves, bytes, per agent. */
    public record Summary(int items, int renames, int moves, long bytes, int blocked, Map<String, AgentShare> agents) {
    }

    public record AgentShare(int items, long bytes) {
    }

    public ExecutionPlan {
        items = List.copyOf(items);
        blocked = List.copyOf(blocked);
    }
}
