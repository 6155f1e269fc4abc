package phaze.library.boundary;

import java.util.List;

/** A scan as the console and the operator API show it. Times are ISO-8601 or null. */
public record ScanSummary(long id, String agentId, String root, String subpath, String status,
                          Integer totalFiles, int processedFiles, int failedFiles, String message,
                          String startedAt, String lastActivityAt, long secondsSinceActivity, String finishedAt,
                          List<Problem> problems) {

    public record Problem(String relativePath, String message) {
    }
}
