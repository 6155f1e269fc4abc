package phaze.agent.execution;

import phaze.agent.discover.FileDigest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Settles an item whose process died: decided from what is on disk, with the journal naming the
 * files. The rule: a source is deleted only after its destination was re-hashed in this process.
 * Running it twice changes nothing the second time.
 */
final class Recovery {
    private final StepLog log;
    private final MoveJournal.Recorded recorded;
    private final Precheck precheck;
    private final Path root;

    Recovery(StepLog log, MoveJournal.Recorded recorded, Precheck precheck) {
        this.log = log;
        this.recorded = recorded;
        this.precheck = precheck;
        this.root = recorded.order().root().toAbsolutePath().normalize();
    }

    MoveResult run() {
        MoveOrder order = recorded.order();
        boolean failing = entries(-1).stream().anyMatch(e -> !e.ok() || e.step() == MoveStep.ROLLBACK);
        long bytes = 0;
        ItemExecution item;
        for (int i = 0; i < order.files().size(); i++) {
            List<MoveJournal.Entry> entries = entries(i);
            if (has(entries, MoveStep.DONE)) {
                bytes += order.files().get(i).size();
                continue;
            }
            Optional<MoveJournal.Entry> plan = entries.stream().filter(e -> e.kind().equals("PLAN")).reduce((a, b) -> b);
            boolean started = entries.stream().anyMatch(e -> e.step() != null && e.step() != MoveStep.PRECHECK);
            item = new ItemExecution(log, precheck, bytes);
            if (!started || plan.isEmpty()) {
                if (failing) {
                    return item.failed(i, new MoveFailure(MoveStep.PRECHECK, "refused before the restart"), true);
                }
                return item.run(i);
            }
            boolean rollingBack = failing || has(entries, MoveStep.ROLLBACK);
            try {
                if (!settle(i, plan.get(), entries, rollingBack)) {
                    return item.failed(i, new MoveFailure(MoveStep.ROLLBACK, "interrupted by a restart"
                            + lastStep(entries) + "; rolled back, the source stays"), true);
                }
            } catch (IOException | MoveFailure e) {
                return item.failed(i, new MoveFailure(MoveStep.ROLLBACK, "recovery could not settle the file: "
                        + e.getMessage() + "; retried at the next start"), false);
            }
            bytes += order.files().get(i).size();
        }
        return new ItemExecution(log, precheck, bytes).done();
    }

    /** Finishes (true) or rolls back (false) one interrupted file. */
    private boolean settle(int i, MoveJournal.Entry plan, List<MoveJournal.Entry> entries, boolean rollingBack)
            throws IOException, MoveFailure {
        FileMove move = recorded.order().files().get(i);
        Path source = root.resolve(plan.sourceOnDisk());
        Path destination = root.resolve(move.destination()).normalize();
        MovePlan movePlan = new MovePlan(i, move, source, plan.sourceOnDisk(), destination,
                MovePlan.Route.valueOf(plan.route()), null, null);
        boolean destinationOk = holdsApprovedBytes(destination, move);
        boolean sourceExists = Files.exists(source, LinkOption.NOFOLLOW_LINKS);
        for (Path temp : List.of(movePlan.partFile(recorded.order().itemId()), movePlan.caseFile(recorded.order().itemId()))) {
            if (!Files.exists(temp, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            if (sourceExists || destinationOk) {
                Files.delete(temp);
                DurableFiles.syncDirectory(temp.getParent());
            } else if (holdsApprovedBytes(temp, move)) {
                FileTransfer.placeNoClobber(temp, source);
                sourceExists = true;
            }
        }
        if (rollingBack) {
            return rollBack(movePlan, entries, sourceExists, destinationOk);
        }
        if (destinationOk) {
            if (sourceExists && !Precheck.sameEntry(source, destination)) {
                log.record(i, MoveStep.DELETE_SOURCE, true, plan.sourceOnDisk() + " (destination re-verified at start)");
                Files.delete(source);
                DurableFiles.syncDirectory(source.getParent());
            }
            log.record(i, MoveStep.DONE, true, move.destination() + " (finished at start)");
            return true;
        }
        if (!sourceExists) {
            throw new MoveFailure(MoveStep.ROLLBACK, "neither the source nor the destination holds the approved bytes");
        }
        log.record(i, MoveStep.ROLLBACK, true, "destination never completed; source stays: " + plan.sourceOnDisk());
        return false;
    }

    private boolean rollBack(MovePlan plan, List<MoveJournal.Entry> entries, boolean sourceExists, boolean destinationOk)
            throws IOException, MoveFailure {
        if (!sourceExists) {
            if (destinationOk) {
                log.record(plan.index(), MoveStep.DONE, true, plan.move().destination() + " (source already gone)");
                return true;
            }
            throw new MoveFailure(MoveStep.ROLLBACK, "neither the source nor the destination holds the approved bytes");
        }
        log.record(plan.index(), MoveStep.ROLLBACK, true, "finishing the rollback; source stays: " + plan.sourceOnDisk());
        boolean ours = switch (plan.route()) {
            case LINK -> Files.exists(plan.destination(), LinkOption.NOFOLLOW_LINKS)
                    && Files.isSameFile(plan.source(), plan.destination())
                    && !Precheck.sameEntry(plan.source(), plan.destination());
            case COPY -> has(entries, MoveStep.PLACE) && destinationOk;
            case DUPLICATE, CASE_ONLY -> false;
        };
        if (ours) {
            Files.delete(plan.destination());
            DurableFiles.syncDirectory(plan.destination().getParent());
        }
        return false;
    }

    private static boolean holdsApprovedBytes(Path file, FileMove move) throws IOException {
        return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && Files.size(file) == move.size()
                && FileDigest.sha256(file).equalsIgnoreCase(move.sha256());
    }

    private List<MoveJournal.Entry> entries(int file) {
        List<MoveJournal.Entry> out = new ArrayList<>();
        for (MoveJournal.Entry e : recorded.entries()) {
            if (file < 0 || e.file() == file) {
                out.add(e);
            }
        }
        return out;
    }

    private static boolean has(List<MoveJournal.Entry> entries, MoveStep step) {
        return entries.stream().anyMatch(e -> e.step() == step && e.ok());
    }

    private static String lastStep(List<MoveJournal.Entry> entries) {
        return entries.stream().filter(e -> e.step() != null).reduce((a, b) -> b)
                .map(e -> " after " + e.step()).orElse("");
    }
}
