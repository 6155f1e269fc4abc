package phaze.agent.work;

import phaze.agent.discover.FileDigest;
import phaze.agent.execution.FileMove;
import phaze.agent.execution.MoveOrder;
import phaze.agent.execution.MoveResult;
import phaze.agent.execution.Mover;
import phaze.agent.runtime.ControllerClient;
import phaze.protocol.agent.ExecutionOrder;
import phaze.protocol.agent.ExecutionOutcome;
import phaze.protocol.agent.ItemResult;
import phaze.protocol.agent.LeaseRequest;
import phaze.protocol.agent.MoveFile;
import phaze.protocol.agent.WorkLease;
import phaze.protocol.agent.WorkResult;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The execute stage: an execute lease brings the other execute items waiting for this agent along, and
 * the journaled {@link Mover} moves them as one group (group commit for renames); every step is
 * reported to the controller beside the moves, in batches (best effort: the journal is what counts).
 * Groups run one at a time per agent, as the mover's journal folder expects. A lease that comes back
 * after a crash finds the files already at their destination with the right bytes and reports them done
 * without touching them.
 */
public final class ExecuteWork implements WorkHandler {
    private static final Logger LOG = Logger.getLogger(ExecuteWork.class.getName());

    /** The most execute items moved as one group. */
    static final int GROUP = 200;

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
        List<WorkLease> group = new ArrayList<>();
        group.add(lease);
        group.addAll(siblings(controller));
        LOG.info(() -> "moving " + group.size() + " execute item(s) as one group, first item " + lease.id());
        Map<Long, WorkResult> results = handle(group, controller);
        List<ItemResult> others = group.subList(1, group.size()).stream()
                .map(l -> new ItemResult(l.id(), results.get(l.id()))).toList();
        if (!others.isEmpty()) {
            try {
                controller.reportAll(others).refused().forEach(r ->
                        LOG.warning(() -> "result of execute item " + r.id() + " refused: " + r.reason()));
            } catch (RuntimeException e) {
                // Their leases run out and they come back: alreadyMoved() then settles them without a move.
                LOG.warning(() -> "reporting " + others.size() + " execute results failed; they will be leased again: " + e);
            }
        }
        return results.get(lease.id());
    }

    /**
     * The other execute items waiting for this agent, leased now so that they move as one group: one
     * journal file and one fsync per phase for all their renames (docs/adr/070-journaled-moves.md).
     */
    private static List<WorkLease> siblings(ControllerClient controller) {
        try {
            // The longest lease: a group of large cross-file-system copies can take a while.
            return controller.lease(GROUP - 1, LeaseRequest.MAX_LEASE_SECONDS, "execute");
        } catch (RuntimeException e) {
            LOG.warning(() -> "could not lease more execute items; moving this one alone: " + e);
            return List.of();
        }
    }

    /** Moves a group of leased execute items; one result per lease id. */
    Map<Long, WorkResult> handle(List<WorkLease> leases, ControllerClient controller) {
        Map<Long, WorkResult> results = new LinkedHashMap<>();
        List<MoveOrder> orders = new ArrayList<>();
        Map<String, Long> workItems = new LinkedHashMap<>();
        try (StepPoster poster = new StepPoster(controller)) {
            for (WorkLease lease : leases) {
                ExecutionOrder order = lease.execution();
                if (order == null || order.files().isEmpty()) {
                    results.put(lease.id(), WorkResult.executionFailed("the lease carries no move order",
                            new ExecutionOutcome("precheck", 0)));
                    continue;
                }
                Path root = Path.of(order.root()).normalize();
                if (!roots.contains(root)) {
                    results.put(lease.id(), WorkResult.executionFailed("'" + order.root()
                            + "' is not one of this agent's library roots", new ExecutionOutcome("precheck", 0)));
                    continue;
                }
                List<FileMove> pending = new ArrayList<>();
                for (MoveFile f : order.files()) {
                    if (!alreadyMoved(root, f)) {
                        pending.add(new FileMove(f.source(), f.destination(), f.sha256(), f.size()));
                    }
                }
                if (pending.isEmpty()) {
                    poster.add(lease.id(), order.files().get(0).source(), "done", true, "already at the destination");
                    results.put(lease.id(), WorkResult.executed(new ExecutionOutcome(null, 0)));
                    continue;
                }
                String itemId = Long.toString(order.itemId());
                workItems.put(itemId, lease.id());
                orders.add(new MoveOrder(itemId, root, pending));
            }
            List<MoveResult> moved = orders.isEmpty() ? List.of()
                    : new Mover(journalDir, report -> poster.add(workItems.get(report.itemId()), report)).execute(orders);
            for (int i = 0; i < moved.size(); i++) {
                MoveResult result = moved.get(i);
                MoveOrder order = orders.get(i);
                long leaseId = workItems.get(order.itemId());
                if (result.done()) {
                    pruneEmptyFolders(order.root(), order.files());
                }
                ExecutionOutcome outcome = new ExecutionOutcome(result.done() || result.failedStep() == null ? null
                        : result.failedStep().name().toLowerCase(Locale.ROOT), result.bytes());
                results.put(leaseId, result.done() ? WorkResult.executed(outcome)
                        : WorkResult.executionFailed(result.message(), outcome));
            }
        }
        return results;
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
}
