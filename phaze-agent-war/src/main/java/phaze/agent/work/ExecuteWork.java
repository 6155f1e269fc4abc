package phaze.agent.work;

import phaze.agent.discover.FileDigest;
import phaze.agent.execution.FileMove;
import phaze.agent.execution.MoveOrder;
import phaze.agent.execution.MoveResult;
import phaze.agent.execution.Mover;
import phaze.agent.execution.StepReport;
import phaze.agent.runtime.ControllerClient;
import phaze.protocol.agent.ExecutionOrder;
import phaze.protocol.agent.ExecutionOutcome;
import phaze.protocol.agent.ExecutionStep;
import phaze.protocol.agent.MoveFile;
import phaze.protocol.agent.WorkLease;
import phaze.protocol.agent.WorkResult;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * The execute stage: moves an item's files with the journaled {@link Mover} and reports every step to
 * the controller as it happens (best effort: the journal is what counts). Items run one at a time per
 * agent, as the mover's journal folder expects. A lease that comes back after a crash finds the files
 * already at their destination with the right bytes and reports them done without touching them.
 */
public final class ExecuteWork implements WorkHandler {
    private static final Logger LOG = Logger.getLogger(ExecuteWork.class.getName());

    private final Set<Path> roots;
    private final Path journalDir;

    public ExecuteWork(Set<Path> roots, Path journalDir) {
        this.roots = Set.copyOf(roots);
        this.journalDir = journalDir;
    }

    /** Finishes or rolls back whatever a previous run of this agent left unfinished; call once at start. */
    public synchronized List<MoveResult> recover() {
        return new Mover(journalDir, report -> { }).recover();
    }

    @Override
    public synchronized WorkResult handle(WorkLease lease, ControllerClient controller) {
        ExecutionOrder order = lease.execution();
        if (order == null || order.files().isEmpty()) {
            return WorkResult.executionFailed("the lease carries no move order", new ExecutionOutcome("precheck", 0));
        }
        Path root = Path.of(order.root()).normalize();
        if (!roots.contains(root)) {
            return WorkResult.executionFailed("'" + order.root() + "' is not one of this agent's library roots",
                    new ExecutionOutcome("precheck", 0));
        }
        List<FileMove> pending = new ArrayList<>();
        for (MoveFile f : order.files()) {
            if (!alreadyMoved(root, f)) {
                pending.add(new FileMove(f.source(), f.destination(), f.sha256(), f.size()));
            }
        }
        if (pending.isEmpty()) {
            step(controller, lease.id(), order.files().get(0).source(), "done", true, "already at the destination");
            return WorkResult.executed(new ExecutionOutcome(null, 0));
        }
        // Steps are journaled before their side effect; posting them to the controller happens beside the
        // move (in order, on one thread) so a slow network never slows a move, and all are sent before
        // the result, which ends the lease the step reports need.
        ExecutorService reporter = Executors.newSingleThreadExecutor(r -> new Thread(r, "phaze-step-reporter"));
        MoveResult result;
        try {
            Mover mover = new Mover(journalDir, report -> reporter.execute(() -> step(controller, lease.id(), report)));
            result = mover.execute(new MoveOrder(Long.toString(order.itemId()), root, pending));
        } finally {
            reporter.shutdown();
            try {
                if (!reporter.awaitTermination(30, TimeUnit.SECONDS)) {
                    LOG.warning(() -> "step reports of item " + order.itemId() + " still pending; the journal has them");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (result.done()) {
            pruneEmptyFolders(root, pending);
        }
        ExecutionOutcome outcome = new ExecutionOutcome(result.done() || result.failedStep() == null ? null
                : result.failedStep().name().toLowerCase(Locale.ROOT), result.bytes());
        return result.done() ? WorkResult.executed(outcome) : WorkResult.executionFailed(result.message(), outcome);
    }

    /**
     * Folders a move left empty go too, up to (never including) the root, so a library does not fill
     * with empty shells. Only empty folders can be deleted, so nothing else is ever at risk.
     */
    private static void pruneEmptyFolders(Path root, List<FileMove> moved) {
        for (FileMove f : moved) {
            Path folder = root.resolve(f.source()).normalize().getParent();
            while (folder != null && folder.startsWith(root) && !folder.equals(root)) {
                try {
                    Files.delete(folder);
                } catch (IOException e) {
                    break; // not empty (or already gone): stop here
                }
                folder = folder.getParent();
            }
        }
    }

    /** The source is gone and the destination holds exactly the expected bytes: a finished move. */
    private static boolean alreadyMoved(Path root, MoveFile f) {
        Path source = root.resolve(f.source());
        Path destination = root.resolve(f.destination());
        if (Files.exists(source, LinkOption.NOFOLLOW_LINKS) || !Files.isRegularFile(destination, LinkOption.NOFOLLOW_LINKS)
                || !destination.normalize().startsWith(root)) {
            return false;
        }
        try {
            return Files.size(destination) == f.size() && FileDigest.sha256(destination).equals(f.sha256());
        } catch (IOException e) {
            return false;
        }
    }

    private static void step(ControllerClient controller, long workItemId, StepReport report) {
        step(controller, workItemId, report.file(), report.step().name().toLowerCase(Locale.ROOT), report.ok(),
                report.detail());
    }

    private static void step(ControllerClient controller, long workItemId, String file, String step, boolean ok,
                             String detail) {
        try {
            controller.step(workItemId, new ExecutionStep(file, step, ok, detail));
        } catch (RuntimeException e) {
            LOG.warning(() -> "reporting step " + step + " of item " + workItemId + " failed (the journal has it): " + e);
        }
    }
}
