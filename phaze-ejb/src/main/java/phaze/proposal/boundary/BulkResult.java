package phaze.proposal.boundary;

import java.util.List;

/**
 * What a bulk decision did: how many proposals changed, and which were left alone and why (the first
 * {@link #MAX_LISTED}; {@code skippedCount} counts them all).
 */
public record BulkResult(String action, int changed, int skippedCount, List<Skipped> skipped) {
    public static final int MAX_LISTED = 200;

    public record Skipped(long id, String reason) {
    }
}
