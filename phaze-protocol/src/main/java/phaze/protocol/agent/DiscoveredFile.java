package phaze.protocol.agent;

/**
 * A file the agent found under a root: path relative to the root (NFC, '/'-separated),
 * size, SHA-256 (lower-case hex) computed while reading, kind and last-modified (ISO-8601).
 */
public record DiscoveredFile(String relativePath, long sizeBytes, String sha256, String kind, String modifiedAt) {
}
