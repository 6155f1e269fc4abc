package phaze.execution.boundary;

import java.util.List;

/**
 * A batch as {@code GET /api/v1/execution/{batchId}} shows it: status
 * {@code running | completed | completed_with_failures | failed}, counts, throughput and every item.
 */
public record BatchView(long id, String kind, Long undoOf, String planHash, String status, String requestedBy,
                        String createdAt, String finishedAt, int total, int done, int failed, long bytes,
                        long bytesDone, double seconds, List<ItemView> items) implements java.io.Serializable {

    /** Per-agent progress of a batch: items, how many are done or failed, bytes moved. */
    public record AgentProgress(String agentId, int items, int done, int failed, long bytes, long bytesDone)
            implements java.io.Serializable {
    }

    /** Progress per agent, from the items. */
    public List<AgentProgress> agents() {
        java.util.Map<String, AgentProgress> byAgent = new java.util.TreeMap<>();
        for (ItemView i : items) {
            AgentProgress a = byAgent.getOrDefault(i.agentId(), new AgentProgress(i.agentId(), 0, 0, 0, 0, 0));
            byAgent.put(i.agentId(), new AgentProgress(a.agentId(), a.items() + 1,
                    a.done() + ("done".equals(i.status()) ? 1 : 0), a.failed() + ("failed".equals(i.status()) ? 1 : 0),
                    a.bytes() + i.bytes(), a.bytesDone() + i.bytesDone()));
        }
        return List.copyOf(byAgent.values());
    }

    /** One item: where from, where to, how far, and the step that failed. */
    public record ItemView(long id, Long proposalId, Long fileId, String agentId, String root, String from, String to,
                           String status, String step, String message, long bytes, long bytesDone, int files)
            implements java.io.Serializable {
    }
}
