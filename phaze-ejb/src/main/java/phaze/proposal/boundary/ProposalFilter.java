package phaze.proposal.boundary;

import phaze.platform.RequestRefusedException;

import java.util.Locale;
import java.util.Set;

/**
 * Which proposals a page or a bulk decision covers.
 *
 * @param status        pending (needs review), approved, rejected, failed, executing, executed, reverted or all
 * @param text          case-insensitive text in the current or proposed path, or null
 * @param minConfidence lowest confidence included, or null
 * @param maxConfidence highest confidence included, or null
 */
public record ProposalFilter(String status, String text, Double minConfidence, Double maxConfidence) {
    public static final Set<String> STATUSES = Set.of("pending", "approved", "rejected", "failed", "executing",
            "executed", "reverted", "all");

    public ProposalFilter {
        status = status == null || status.isBlank() ? "pending" : status.toLowerCase(Locale.ROOT);
        if (!STATUSES.contains(status)) {
            throw RequestRefusedException.invalid("status must be one of " + STATUSES + ", not '" + status + "'");
        }
        text = text == null || text.isBlank() ? null : text.strip();
    }

    public static ProposalFilter of(String status) {
        return new ProposalFilter(status, null, null, null);
    }
}
