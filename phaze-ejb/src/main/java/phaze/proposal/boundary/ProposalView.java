package phaze.proposal.boundary;

/**
 * One proposal as the review table and {@code GET /api/v1/proposals} show it. {@code version} is the
 * optimistic token a decision must send back; {@code stale} says the file moved or changed since the
 * proposal was made (approval is refused until it is regenerated).
 */
public record ProposalView(long id, long fileId, String currentPath, String proposedPath, double confidence,
                           String reasoning, String status, int version, String engine, String kind, String error,
                           String agentId, String root, boolean stale, String provenance, String createdAt,
                           String decidedBy, String decidedAt, Long runId) implements java.io.Serializable {

    public String currentFolder() {
        return folderOf(currentPath);
    }

    public String currentName() {
        return nameOf(currentPath);
    }

    public String proposedFolder() {
        return folderOf(proposedPath);
    }

    public String proposedName() {
        return nameOf(proposedPath);
    }

    private static String folderOf(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    private static String nameOf(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
