package phaze.agent.execution;

import phaze.agent.discover.FileDigest;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Carries out one file's {@link MovePlan}, journaling each step before its side effect; on failure
 * puts everything back so that only the source remains (docs/adr/070-journaled-moves.md).
 */
final class FileTransfer {
    private final StepLog log;
    private final String itemId;
    private boolean placed;
    private List<Path> createdFolders = List.of();
    private MoveStep current = MoveStep.PRECHECK;

    FileTransfer(StepLog log) {
        this.log = log;
        this.itemId = log.order().itemId();
    }

    /** Moves the file; returns the bytes moved, or throws after rolling back. */
    long run(MovePlan plan) throws MoveFailure {
        placed = false;
        createdFolders = List.of();
        current = MoveStep.PRECHECK;
        try {
            Precheck.requireUnchanged(plan);
            createdFolders = DurableFiles.createDirectories(plan.destination().getParent());
            switch (plan.route()) {
                case DUPLICATE -> duplicate(plan);
                case LINK -> link(plan);
                case COPY -> copy(plan);
                case CASE_ONLY -> caseOnly(plan);
            }
            log.record(plan.index(), MoveStep.DONE, true, plan.move().destination());
            return plan.move().size();
        } catch (MoveFailure failure) {
            throw rollBack(plan, failure);
        } catch (IOException e) {
            throw rollBack(plan, new MoveFailure(current, DurableFiles.describe(e)));
        }
    }

    private MoveStep duplicate(MovePlan plan) throws IOException {
        enter(plan, MoveStep.VERIFY, "destination already holds these bytes");
        deleteSource(plan);
        return MoveStep.DONE;
    }

    private MoveStep link(MovePlan plan) throws IOException, MoveFailure {
        enter(plan, MoveStep.MOVE, "hard link " + plan.move().destination());
        try {
            DurableFiles.link(plan.destination(), plan.source());
        } catch (FileAlreadyExistsException e) {
            throw new MoveFailure(MoveStep.MOVE, "destination appeared meanwhile, never overwritten: " + plan.move().destination());
        } catch (IOException | UnsupportedOperationException e) {
            if (!DurableFiles.linksUnsupported(e)) {
                throw e instanceof IOException io ? io : new IOException(e);
            }
            MovePlan copy = plan.withRoute(MovePlan.Route.COPY);
            log.plan(copy);
            return copy(copy);
        }
        placed = true;
        DurableFiles.syncDirectory(plan.destination().getParent());
        deleteSource(plan);
        return MoveStep.DONE;
    }

    private MoveStep copy(MovePlan plan) throws IOException, MoveFailure {
        Path part = plan.partFile(itemId);
        enter(plan, MoveStep.COPY, part.getFileName().toString());
        String copied = DurableFiles.copyHashing(plan.source(), part);
        DurableFiles.syncDirectory(part.getParent());
        if (!copied.equalsIgnoreCase(plan.move().sha256())) {
            throw new MoveFailure(MoveStep.COPY, "source changed since approval: SHA-256 while copying " + copied
                    + ", approved " + plan.move().sha256());
        }
        current = MoveStep.VERIFY;
        String reread = FileDigest.sha256(part);
        if (!reread.equalsIgnoreCase(plan.move().sha256())) {
            throw new MoveFailure(MoveStep.VERIFY, "the copy reads back differently (SHA-256 " + reread + ")");
        }
        enter(plan, MoveStep.VERIFY, "copy re-read, SHA-256 matches");
        enter(plan, MoveStep.PLACE, plan.move().destination());
        placeNoClobber(part, plan.destination());
        placed = true;
        deleteSource(plan);
        return MoveStep.DONE;
    }

    private MoveStep caseOnly(MovePlan plan) throws IOException, MoveFailure {
        Path step = plan.caseFile(itemId);
        enter(plan, MoveStep.MOVE, "through " + step.getFileName());
        placeNoClobber(plan.source(), step);
        DurableFiles.syncDirectory(plan.source().getParent());
        enter(plan, MoveStep.PLACE, plan.move().destination());
        placeNoClobber(step, plan.destination());
        placed = true;
        return MoveStep.DONE;
    }

    /** Gives {@code from}'s file the name {@code to} (which must not exist), then drops {@code from}. */
    static void placeNoClobber(Path from, Path to) throws IOException, MoveFailure {
        try {
            try {
                DurableFiles.link(to, from);
                Files.delete(from);
            } catch (FileAlreadyExistsException e) {
                throw e;
            } catch (IOException | UnsupportedOperationException e) {
                if (!DurableFiles.linksUnsupported(e)) {
                    throw e;
                }
                // No hard links here: a rename, after checking the name is free (a small window, see ADR 070).
                if (Files.exists(to, LinkOption.NOFOLLOW_LINKS)) {
                    throw new FileAlreadyExistsException(to.toString());
                }
                Files.move(from, to, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (FileAlreadyExistsException e) {
            throw new MoveFailure(MoveStep.PLACE, "destination appeared meanwhile, never overwritten: " + to.getFileName());
        }
        DurableFiles.syncDirectory(to.getParent());
    }

    private void deleteSource(MovePlan plan) throws IOException {
        enter(plan, MoveStep.DELETE_SOURCE, plan.sourceOnDisk());
        Files.delete(plan.source());
        DurableFiles.syncDirectory(plan.source().getParent());
    }

    private void enter(MovePlan plan, MoveStep step, String detail) {
        current = step;
        log.record(plan.index(), step, true, detail);
    }

    /** Journals the failure, then removes what this attempt created; the source stays. */
    private MoveFailure rollBack(MovePlan plan, MoveFailure failure) {
        log.record(plan.index(), failure.step(), false, failure.getMessage());
        List<String> undone = new ArrayList<>();
        boolean settled = true;
        log.record(plan.index(), MoveStep.ROLLBACK, true, "source stays: " + plan.sourceOnDisk());
        try {
            restoreCaseStep(plan, undone);
            if (Files.deleteIfExists(plan.partFile(itemId))) {
                undone.add("temporary file removed");
                DurableFiles.syncDirectory(plan.destination().getParent());
            }
            if (placed && Files.exists(plan.source(), LinkOption.NOFOLLOW_LINKS)
                    && plan.route() != MovePlan.Route.CASE_ONLY) {
                Files.delete(plan.destination());
                DurableFiles.syncDirectory(plan.destination().getParent());
                undone.add("destination removed again");
            }
            if (DurableFiles.removeEmptyFolders(createdFolders)) {
                undone.add("folders made for it removed");
            }
        } catch (IOException e) {
            settled = false;
            undone.add("could not finish the rollback (" + DurableFiles.describe(e) + "); recovery retries at start");
        }
        String message = failure.getMessage() + (undone.isEmpty() ? "" : " (" + String.join(", ", undone) + ")");
        return new MoveFailure(failure.step(), message, settled);
    }

    private void restoreCaseStep(MovePlan plan, List<String> undone) throws IOException {
        Path step = plan.caseFile(itemId);
        if (!Files.exists(step, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (Files.exists(plan.source(), LinkOption.NOFOLLOW_LINKS)) {
            Files.delete(step);
        } else {
            try {
                placeNoClobber(step, plan.source());
            } catch (MoveFailure e) {
                throw new IOException(e.getMessage());
            }
        }
        DurableFiles.syncDirectory(step.getParent());
        undone.add("source name restored");
    }
}
