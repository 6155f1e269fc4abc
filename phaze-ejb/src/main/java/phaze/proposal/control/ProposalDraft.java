package phaze.proposal.control;

import java.util.EnumMap;
import java.util.Map;

/**
 * A proposed name and folder for one file, already legal ({@link phaze.path.PathLegalizer} ran).
 *
 * @param fileName   the proposed file name, extension unchanged
 * @param folder     the proposed folder relative to the library root ("" for the root)
 * @param confidence 0..1; bulk approval only at {@link #BULK_APPROVAL} or above
 * @param reasoning  sentences a reviewer can check against the evidence
 * @param kind       what the rules took the file for
 * @param provenance where each field in the name came from
 */
public record ProposalDraft(String fileName, String folder, double confidence, String reasoning,
                            RecordingKind kind, Map<NameField, Provenance> provenance) {

    public static final double BULK_APPROVAL = 0.90;

    public ProposalDraft {
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be within 0..1: " + confidence);
        }
        provenance = provenance.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(provenance));
    }

    public String relativePath() {
        return folder.isEmpty() ? fileName : folder + "/" + fileName;
    }

    public boolean bulkApprovable() {
        return confidence >= BULK_APPROVAL;
    }
}
