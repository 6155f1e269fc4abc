package phaze.library.boundary;

/** A discovered file as the console and the operator API show it. */
public record FileSummary(long id, String agentId, String path, String relativePath, long sizeBytes,
                          String sha256, String type, String extension, String modifiedAt, Long scanId) {
}
