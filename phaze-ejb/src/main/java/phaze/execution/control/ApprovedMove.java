package phaze.execution.control;

/**
 * An approved proposal as the planner sees it: the file (where it is, what it holds) and where the
 * proposal sends it. {@code stale}: the file moved or changed since the proposal was made.
 */
public record ApprovedMove(long proposalId, int version, long fileId, String agentId, String root, String currentPath,
                           String proposedPath, String sha256, long size, boolean stale) {
}
