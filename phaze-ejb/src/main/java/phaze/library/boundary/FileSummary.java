package phaze.library.boundary;

import java.util.Map;

/** A discovered file as the console and the operator API show it, with where it is in each per-file stage. */
public record FileSummary(long id, String agentId, String path, String relativePath, long sizeBytes,
                          String sha256, String type, String extension, String modifiedAt, Long scanId,
                          Map<String, String> stages) {

    /** The same file with its per-stage status ({@code not_started | in_flight | done | failed | skipped}). */
    public FileSummary withStages(Map<String, String> stageStatus) {
        return new FileSummary(id, agentId, path, relativePath, sizeBytes, sha256, type, extension, modifiedAt, scanId,
                Map.copyOf(stageStatus));
    }
}
