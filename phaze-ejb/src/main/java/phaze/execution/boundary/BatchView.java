package phaze.execution.boundary;

import java.util.List;

/**
 * A batch as {@code GET /api/v1/execution/{batchId}} shows it: status
 * {@code running | completed | completed_with_failures | failed}, counts, throughput and every item.
 */
public record BatchView(long id, String kind, Long undoOf, String planHash, String status, String requestedBy,
                        String createdAt, String finishedAt, int total, int done, int failed, long bytes,
                        long bytesDone, double seconds, List<ItemView> items) implements java.io.Serializable {

    /** One item: where from, where to, how far, and the step that failed. */
    public record ItemView(long id, Long proposalId, Long fileId, String agentId, String root, String from, String to,
                           String status, String step, String message, long bytes, long bytesDone, int files)
            implements java.io.Serializable {
    }
}
