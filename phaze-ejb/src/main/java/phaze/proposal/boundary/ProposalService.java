package phaze.proposal.boundary;

import jakarta.interceptor.Interceptors;
import phaze.pipeline.boundary.RecountAfterChange;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import phaze.audit.boundary.AuditTrail;
import phaze.library.entity.AudioFile;
import phaze.path.PathValidator;
import phaze.path.PathViolation;
import phaze.platform.RequestRefusedException;
import phaze.proposal.control.ProposalDraft;
import phaze.proposal.entity.Proposal;
import phaze.proposal.entity.Proposal.Status;

import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A proposal's lifecycle: pending → approved | rejected, undo back to pending, edit while pending.
 * Every transition checks the reviewer's optimistic token ({@code version}), writes an audit row in
 * the same transaction, and is refused with a reason the console can show.
 */
@Stateless
public class ProposalService {

    private static final PathValidator PATHS = new PathValidator();

    @PersistenceContext
    EntityManager em;
    @EJB
    AuditTrail audit;
    @EJB
    ProposalQueries queries;
    @EJB
    ProposalRuns runs;
    @EJB
    ProposalEngines engines;

    @Interceptors(RecountAfterChange.class)
    public ProposalView approve(long id, int version, String actor) {
        Proposal p = current(id, version);
        requireStatus(p, "approve", Status.PENDING);
        requireFresh(p);
        List<PathViolation> violations = PATHS.checkRename(p.currentPath(), p.proposedPath());
        if (!violations.isEmpty()) {
            throw RequestRefusedException.invalid("proposal " + id + " is not a legal path: " + describe(violations));
        }
        return transition(p, Status.APPROVED, actor, "proposal.approved");
    }

    @Interceptors(RecountAfterChange.class)
    public ProposalView reject(long id, int version, String actor) {
        Proposal p = current(id, version);
        requireStatus(p, "reject", Status.PENDING);
        return transition(p, Status.REJECTED, actor, "proposal.rejected");
    }

    /** An approval or rejection taken back: the proposal needs review again. */
    @Interceptors(RecountAfterChange.class)
    public ProposalView undo(long id, int version, String actor) {
        Proposal p = current(id, version);
        requireStatus(p, "undo", Status.APPROVED, Status.REJECTED);
        Long open = queries.openProposalOf(p.fileId(), id);
        if (open != null) {
            throw RequestRefusedException.conflict("file " + p.fileId() + " already has open proposal " + open
                    + "; decide that one instead");
        }
        return transition(p, Status.PENDING, actor, "proposal.undone");
    }

    /**
     * A reviewer's own name or folder for a pending proposal (null keeps that part). Checked, not
     * repaired: an illegal path, a changed extension or a taken destination is refused with the reason.
     */
    @Interceptors(RecountAfterChange.class)
    public ProposalView edit(long id, int version, String folder, String fileName, String actor) {
        Proposal p = current(id, version);
        requireStatus(p, "edit", Status.PENDING);
        String newFolder = nfc(folder == null ? p.proposedFolder() : trimSlashes(folder.strip()));
        String newName = nfc(fileName == null ? p.proposedName() : fileName.strip());
        String path = newFolder.isEmpty() ? newName : newFolder + "/" + newName;
        List<PathViolation> violations = PATHS.checkRename(p.currentPath(), path);
        if (!violations.isEmpty()) {
            throw RequestRefusedException.invalid("'" + path + "' cannot be used: " + describe(violations));
        }
        String claimedBy = queries.claimant(p.agentId(), p.root(), path, p.fileId());
        if (claimedBy != null) {
            throw RequestRefusedException.conflict("'" + path + "' is taken: " + claimedBy);
        }
        String before = p.proposedPath();
        p.edit(newFolder, newName, "Edited by " + actor + " (was '" + before + "').");
        em.flush();
        audit.append(actor, "proposal.edited", "proposal", id, p.fileId(), "Proposal " + id + " edited: '" + before
                + "' → '" + path + "'", Map.of("before", before, "after", path, "version", p.version()));
        return queries.proposal(id);
    }

    /**
     * A new proposal by the rules for a rejected, failed, reverted (undone execution) or stale proposal's file (its file's current
     * path and tags); the old one is kept as superseded.
     */
    @Interceptors(RecountAfterChange.class)
    public ProposalView regenerate(long id, int version, String actor) {
        Proposal p = current(id, version);
        boolean stale = queries.proposal(id).stale();
        if (!(p.status() == Status.REJECTED || p.status() == Status.FAILED || p.status() == Status.REVERTED
                || (p.status() == Status.PENDING && stale))) {
            throw RequestRefusedException.conflict("only a rejected, failed, reverted or stale proposal is regenerated; proposal "
                    + id + " is " + p.status().name().toLowerCase() + (p.status() == Status.PENDING ? " and current" : ""));
        }
        Long open = queries.openProposalOf(p.fileId(), id);
        if (open != null) {
            throw RequestRefusedException.conflict("file " + p.fileId() + " already has open proposal " + open);
        }
        p.supersede();
        em.flush();
        FileEvidence file = runs.evidenceOf(p.fileId());
        ProposeStep.Result result = engines.regenerationStep().propose(List.of(file));
        runs.store(null, "rules", List.of(file), result.outcomes(), result.cost());
        Long created = queries.openProposalOf(p.fileId(), id);
        if (created == null) {
            throw new IllegalStateException("the rules could not propose for file " + p.fileId() + ": "
                    + result.outcomes().get(0).error());
        }
        audit.append(actor, "proposal.regenerated", "proposal", created, p.fileId(), "Proposal " + id
                + " regenerated as " + created, Map.of("previous", id, "next", created));
        return queries.proposal(created);
    }

    /**
     * Decides many proposals in one transaction. Approval is re-checked here: only pending, fresh
     * proposals at confidence ≥ {@value ProposalDraft#BULK_APPROVAL} whose version still matches.
     */
    @Interceptors(RecountAfterChange.class)
    public BulkResult bulk(String action, List<Decision> decisions, ProposalFilter filter, String actor) {
        if (!"approve".equals(action) && !"reject".equals(action)) {
            throw RequestRefusedException.invalid("bulk action must be \"approve\" or \"reject\", not '" + action + "'");
        }
        if ((decisions == null || decisions.isEmpty()) == (filter == null)) {
            throw RequestRefusedException.invalid("a bulk decision needs either \"items\" [{id, version}] or a \"filter\"");
        }
        if (filter != null && !"pending".equals(filter.status())) {
            throw RequestRefusedException.invalid("bulk decisions apply to pending proposals; the filter says '"
                    + filter.status() + "'");
        }
        return queries.decideMany("approve".equals(action), decisions, filter, actor);
    }

    private ProposalView transition(Proposal p, Status next, String actor, String action) {
        Status before = p.status();
        p.decide(next, actor);
        em.flush();
        audit.append(actor, action, "proposal", p.id(), p.fileId(), "Proposal " + p.id() + " " + before.name()
                        .toLowerCase() + " → " + next.name().toLowerCase() + ": '" + p.currentPath() + "' → '"
                        + p.proposedPath() + "'",
                Map.of("from", before.name().toLowerCase(), "to", next.name().toLowerCase(),
                        "currentPath", p.currentPath(), "proposedPath", p.proposedPath(), "version", p.version()));
        return queries.proposal(p.id());
    }

    /** The proposal, locked for this transaction, if the caller saw its current version. */
    private Proposal current(long id, int version) {
        Proposal p = em.find(Proposal.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (p == null) {
            throw RequestRefusedException.notFound("no proposal " + id);
        }
        if (p.version() != version) {
            throw RequestRefusedException.conflict("proposal " + id + " changed since it was shown (version "
                    + version + ", now " + p.version() + "); reload and decide again");
        }
        return p;
    }

    private static void requireStatus(Proposal p, String verb, Status... allowed) {
        for (Status s : allowed) {
            if (p.status() == s) {
                return;
            }
        }
        throw RequestRefusedException.conflict("cannot " + verb + " proposal " + p.id() + ": it is "
                + p.status().name().toLowerCase());
    }

    private void requireFresh(Proposal p) {
        AudioFile file = em.find(AudioFile.class, p.fileId());
        if (file == null) {
            throw RequestRefusedException.conflict("the file of proposal " + p.id() + " is gone");
        }
        if (!file.relativePath().equals(p.currentPath()) || !file.sha256().strip().equals(p.fileSha256().strip())) {
            throw RequestRefusedException.conflict("the file of proposal " + p.id() + " changed since it was proposed"
                    + " (now '" + file.relativePath() + "'); regenerate the proposal");
        }
    }

    static String describe(List<PathViolation> violations) {
        return violations.stream().map(PathViolation::message).collect(Collectors.joining("; "));
    }

    private static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    private static String trimSlashes(String folder) {
        String f = folder;
        while (f.endsWith("/")) {
            f = f.substring(0, f.length() - 1);
        }
        return f;
    }
}
