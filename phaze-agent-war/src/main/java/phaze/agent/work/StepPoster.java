package phaze.agent.work;

import phaze.agent.execution.StepReport;
import phaze.agent.runtime.ControllerClient;
import phaze.protocol.agent.ExecutionStep;
import phaze.protocol.agent.ItemStep;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Posts journaled steps to the controller beside the moves, on one thread and in order, gathering
 * whatever has queued up into one request (one controller transaction) so that a group of renames
 * does not wait for hundreds of round trips. Best effort: the journal is what counts.
 */
final class StepPoster implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(StepPoster.class.getName());
    private static final int MAX_PER_REQUEST = 500;
    private static final ItemStep END = new ItemStep(-1, null);

    private final ControllerClient controller;
    private final LinkedBlockingQueue<ItemStep> queue = new LinkedBlockingQueue<>();
    private final Thread thread;

    StepPoster(ControllerClient controller) {
        this.controller = controller;
        this.thread = new Thread(this::post, "phaze-step-poster");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    /** A mover's step, for the controller's work item {@code workItem}. */
    void add(long workItem, StepReport report) {
        add(workItem, report.file(), report.step().name().toLowerCase(Locale.ROOT), report.ok(), report.detail());
    }

    void add(long workItem, String file, String step, boolean ok, String detail) {
        queue.add(new ItemStep(workItem, new ExecutionStep(file, step, ok, detail)));
    }

    private void post() {
        List<ItemStep> batch = new ArrayList<>();
        boolean ended = false;
        while (!ended) {
            try {
                batch.add(queue.take());
            } catch (InterruptedException e) {
                return;
            }
            queue.drainTo(batch, MAX_PER_REQUEST - batch.size());
            ended = batch.remove(END);
            if (!batch.isEmpty()) {
                send(batch);
            }
            batch.clear();
        }
    }

    private void send(List<ItemStep> batch) {
        try {
            controller.steps(List.copyOf(batch)).refused().forEach(r ->
                    LOG.warning(() -> "step of work item " + r.id() + " refused (the journal has it): " + r.reason()));
        } catch (RuntimeException e) {
            LOG.warning(() -> "reporting " + batch.size() + " steps failed (the journal has them): " + e);
        }
    }

    /** Sends what is queued, waiting at most a while: the results end the leases the steps need. */
    @Override
    public void close() {
        queue.add(END);
        try {
            thread.join(TimeUnit.SECONDS.toMillis(60));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            LOG.warning("step reports still pending after 60 s; the journal has them");
            thread.interrupt();
        }
    }
}
