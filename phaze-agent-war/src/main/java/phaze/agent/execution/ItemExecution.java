package phaze.agent.execution;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the files of one item in order: every file is prechecked before the first is touched, then
 * each is moved; the first failure stops the item (earlier files stay moved, the failed one is rolled
 * back, later ones are not touched — ADR 070, "companions").
 */
final class ItemExecution {
    private final StepLog log;
    private final Precheck precheck;
    private long bytes;

    ItemExecution(StepLog log, Precheck precheck, long bytesAlready) {
        this.log = log;
        this.precheck = precheck;
        this.bytes = bytesAlready;
    }

    MoveResult run(int fromFile) {
        MoveOrder order = log.order();
        List<MovePlan> plans = new ArrayList<>();
        for (int i = fromFile; i < order.files().size(); i++) {
            try {
                MovePlan plan = precheck.check(order.root(), i, order.files().get(i));
                log.plan(plan);
                log.record(i, MoveStep.PRECHECK, true, describe(plan));
                plans.add(plan);
            } catch (MoveFailure failure) {
                log.record(i, MoveStep.PRECHECK, false, failure.getMessage());
                return failed(i, failure, true);
            }
        }
        return transfer(plans);
    }

    /** Moves prechecked files one by one, each step durable before its side effect. */
    MoveResult transfer(List<MovePlan> plans) {
        FileTransfer transfer = new FileTransfer(log);
        for (MovePlan plan : plans) {
            try {
                bytes += transfer.run(plan);
            } catch (MoveFailure failure) {
                return failed(plan.index(), failure, failure.settled());
            }
        }
        return done();
    }

    MoveResult done() {
        finishJournal();
        return new MoveResult(log.order().itemId(), true, null, "moved", log.steps(), bytes);
    }

    MoveResult failed(int file, MoveFailure failure, boolean settled) {
        if (settled) {
            finishJournal();
        } else {
            closeJournal();
        }
        String message = log.order().files().get(file).source() + ": " + failure.getMessage();
        return new MoveResult(log.order().itemId(), false, failure.step(), message, log.steps(), bytes);
    }

    private void finishJournal() {
        try {
            log.journal().finish();
        } catch (IOException e) {
            // The item is settled on disk; a journal left behind is settled again (idempotently) at start.
        }
    }

    /** The journal stays on disk for recovery at the next start; only the open file is released. */
    private void closeJournal() {
        try {
            log.journal().close();
        } catch (IOException e) {
            // Nothing to lose: the journal's records are already on disk.
        }
    }

    static String describe(MovePlan plan) {
        return switch (plan.route()) {
            case LINK -> "same file system: hard link, then remove the source";
            case COPY -> "other file system: copy, verify, place, then delete the source";
            case DUPLICATE -> "destination already holds these bytes";
            case CASE_ONLY -> "case-only rename through a temporary name";
        };
    }
}
