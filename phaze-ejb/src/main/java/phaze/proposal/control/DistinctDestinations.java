package phaze.proposal.control;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import phaze.path.DestinationClaims;
import phaze.path.FileExtension;
import phaze.path.LegalPath;
import phaze.path.PathLegalizer;
import phaze.path.VolumeCase;

/**
 * Keeps a batch of drafts in one library root from claiming the same destination, with each other or
 * with files and proposals that already exist (DOMAIN.md: "two proposals never claim the same
 * destination"). The later claimant gets " (2)", " (3)", ... before its extension, a sentence in its
 * reasoning and a confidence below bulk approval, so a person decides. A file keeping its own
 * place (or changing only case) does not collide with itself.
 */
public final class DistinctDestinations {

    /** Confidence given to a renumbered draft: a person should look at it. */
    static final double RENUMBERED_CONFIDENCE = 0.6;
    private static final int MAX_NUMBER = 999;

    /**
     * One draft of the batch.
     *
     * @param id          the caller's key (file id, proposal id)
     * @param currentPath the file's current path relative to the root
     * @param draft       the proposal
     */
    public record Claim(String id, String currentPath, ProposalDraft draft) {
    }

    private final VolumeCase volumeCase;
    private final PathLegalizer legalizer;

    public DistinctDestinations(VolumeCase volumeCase, PathLegalizer legalizer) {
        this.volumeCase = volumeCase;
        this.legalizer = legalizer;
    }

    /**
     * The batch in the same order, later claimants renumbered where needed.
     *
     * @param taken destinations already in use in this root (existing files, other pending or approved
     *              proposals), not counting the batch's own current paths
     */
    public List<Claim> resolve(List<Claim> batch, Collection<String> taken) {
        DestinationClaims claims = new DestinationClaims(volumeCase);
        taken.forEach(path -> claims.claim("existing", path));
        List<Claim> resolved = new ArrayList<>(batch.size());
        for (Claim claim : batch) {
            resolved.add(claimFree(claim, claims));
        }
        return resolved;
    }

    private Claim claimFree(Claim claim, DestinationClaims claims) {
        ProposalDraft draft = claim.draft();
        String wanted = draft.relativePath();
        if (isOwnPlace(claim, wanted) || !claims.isClaimed(wanted)) {
            claims.claim(claim.id(), wanted);
            return claim;
        }
        FileExtension extension = FileExtension.of(draft.fileName());
        String stem = FileExtension.stemOf(draft.fileName());
        for (int number = 2; number <= MAX_NUMBER; number++) {
            LegalPath candidate = legalizer.legalize(draft.folder(), stem + " (" + number + ")", extension);
            if (!claims.isClaimed(candidate.relativePath())) {
                claims.claim(claim.id(), candidate.relativePath());
                ProposalDraft renumbered = new ProposalDraft(candidate.fileName(), candidate.folder(),
                        Math.min(draft.confidence(), RENUMBERED_CONFIDENCE),
                        draft.reasoning() + " Another file already claims '" + wanted + "', so this one is numbered ("
                                + number + "): check whether they are duplicates.",
                        draft.kind(), draft.provenance());
                return new Claim(claim.id(), claim.currentPath(), renumbered);
            }
        }
        throw new IllegalStateException("more than " + MAX_NUMBER + " files claim '" + wanted + "'");
    }

    private boolean isOwnPlace(Claim claim, String wanted) {
        return volumeCase.key(claim.currentPath()).equals(volumeCase.key(wanted));
    }
}
