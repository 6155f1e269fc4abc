package phaze.execution.control;

/** A file in the same root as some approved move: a companion that may travel, or an obstacle. */
public record NearbyFile(long fileId, String agentId, String root, String relativePath, String sha256, long size,
                         boolean media) {
}
