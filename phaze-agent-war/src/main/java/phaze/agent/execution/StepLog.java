package phaze.agent.execution;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Journals a step (durably, first), then tells the listener and keeps the report for the result. */
final class StepLog {
    private static final Logger LOG = Logger.getLogger(StepLog.class.getName());

    private final MoveJournal journal;
    private final MoveOrder order;
    private final StepListener listener;
    private final List<StepReport> steps = new ArrayList<>();
    private final List<StepReport> deferred = new ArrayList<>();

    StepLog(MoveJournal journal, MoveOrder order, StepListener listener, List<StepReport> earlier) {
        this.journal = journal;
        this.order = order;
        this.listener = listener;
        this.steps.addAll(earlier);
    }

    MoveOrder order() {
        return order;
    }

    MoveJournal journal() {
        return journal;
    }

    List<StepReport> steps() {
        return steps;
    }

    /** Journals the step; a journal that cannot be written stops everything (nothing is done unjournaled). */
    void record(int file, MoveStep step, boolean ok, String detail) {
        try {
            journal.step(file, step, ok, detail);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the move journal of item " + order.itemId(), e);
        }
        publish(new StepReport(order.itemId(), order.files().get(file).source(), step, ok, detail));
    }

    /**
     * Journals the step without forcing it (group commit): nothing may act on it until the group's
     * {@link #sync()}, which also tells the listener.
     */
    void recordDeferred(int file, MoveStep step, boolean ok, String detail) {
        try {
            journal.stepDeferred(file, step, ok, detail);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the move journal of item " + order.itemId(), e);
        }
        deferred.add(new StepReport(order.itemId(), order.files().get(file).source(), step, ok, detail));
    }

    /** Makes this log's journal file durable (and with it every item sharing it). */
    void sync() {
        try {
            journal.sync();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot force the move journal of item " + order.itemId(), e);
        }
    }

    /** After a sync: the deferred steps are durable, so they count (fault points) and are told. */
    void publishDeferred() {
        for (StepReport report : deferred) {
            if (report.ok()) {
                FaultPoint.journaled(report.step());
            }
            publish(report);
        }
        deferred.clear();
    }

    private void publish(StepReport report) {
        MoveStep step = report.step();
        boolean ok = report.ok();
        String detail = report.detail();
        steps.add(report);
        if (!ok || step == MoveStep.DONE || step == MoveStep.ROLLBACK) {
            LOG.info(() -> "move item=" + order.itemId() + " file=" + report.file() + " " + step
                    + (ok ? "" : " FAILED") + (detail.isEmpty() ? "" : ": " + detail));
        }
        if (listener != null) {
            try {
                listener.onStep(report);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "step listener failed for item " + order.itemId(), e);
            }
        }
    }

    void plan(MovePlan plan) {
        try {
            journal.plan(plan.index(), plan.route().name(), plan.sourceOnDisk());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the move journal of item " + order.itemId(), e);
        }
    }
}
