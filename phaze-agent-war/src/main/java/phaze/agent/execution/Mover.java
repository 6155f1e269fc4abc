package phaze.agent.execution;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Moves approved files safely: write-ahead journal, source re-verified, no-clobber placement,
 * copy-verify-delete across file systems, crash recovery from the journal. Plain Java; one instance
 * per agent, one item at a time per journal folder (docs/adr/070-journaled-moves.md).
 */
public final class Mover {
    private static final Logger LOG = Logger.getLogger(Mover.class.getName());

    private final Path journalDir;
    private final StepListener listener;
    private final Precheck precheck;

    public Mover(Path journalDir, StepListener listener) {
        this(journalDir, listener, true);
    }

    /** {@code useLinks == false} takes the copy route everywhere, as on a file system without hard links. */
    Mover(Path journalDir, StepListener listener, boolean useLinks) {
        this.journalDir = journalDir;
        this.listener = listener;
        this.precheck = new Precheck(useLinks);
    }

    /** Moves the item's files in order. Never throws for a file problem: a failure is in the result. */
    public MoveResult execute(MoveOrder order) {
        return execute(List.of(order)).get(0);
    }

    /**
     * Moves a group of items with one journal file and group commit for same-file-system renames
     * ({@link GroupExecution}); one result per item, in order. Never throws for a file problem.
     */
    public List<MoveResult> execute(List<MoveOrder> orders) {
        Set<String> unfinished = unfinishedItems();
        List<MoveResult> results = new ArrayList<>(orders.size());
        List<MoveOrder> runnable = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (MoveOrder order : orders) {
            if (unfinished.contains(order.itemId())) {
                results.add(refused(order, "an unfinished journal exists for this item; recover() settles it first"));
            } else if (order.files().isEmpty()) {
                results.add(refused(order, "the order names no files"));
            } else if (!seen.add(order.itemId())) {
                results.add(refused(order, "the item is twice in one group"));
            } else {
                results.add(null);
                runnable.add(order);
            }
        }
        if (runnable.isEmpty()) {
            return results;
        }
        List<MoveResult> moved = runnable.size() == 1 ? List.of(executeOne(runnable.get(0))) : executeGroup(runnable);
        for (int i = 0, r = 0; i < results.size(); i++) {
            if (results.get(i) == null) {
                results.set(i, moved.get(r++));
            }
        }
        return results;
    }

    private MoveResult executeOne(MoveOrder order) {
        MoveJournal journal;
        try {
            journal = MoveJournal.create(journalDir, order);
        } catch (IOException e) {
            return refused(order, "cannot start the move journal: " + DurableFiles.describe(e));
        }
        try {
            return new ItemExecution(new StepLog(journal, order, listener, List.of()), precheck, 0).run(0);
        } catch (UncheckedIOException e) {
            closeQuietly(journal);
            return refused(order, e.getMessage() + " (" + DurableFiles.describe(e.getCause())
                    + "); nothing further was done, recover() settles it");
        }
    }

    private List<MoveResult> executeGroup(List<MoveOrder> orders) {
        List<MoveJournal> journals;
        try {
            journals = MoveJournal.create(journalDir, orders);
        } catch (IOException e) {
            return orders.stream().map(o -> refused(o, "cannot start the move journal: " + DurableFiles.describe(e))).toList();
        }
        List<StepLog> logs = new ArrayList<>();
        for (int i = 0; i < orders.size(); i++) {
            logs.add(new StepLog(journals.get(i), orders.get(i), listener, List.of()));
        }
        try {
            return new GroupExecution(logs, precheck).run();
        } catch (UncheckedIOException e) {
            closeQuietly(journals.get(0));
            return orders.stream().map(o -> refused(o, e.getMessage() + " (" + DurableFiles.describe(e.getCause())
                    + "); nothing further was done, recover() settles it")).toList();
        }
    }

    /** Items named by a journal that is still on disk (none, unless a recovery could not settle them). */
    private Set<String> unfinishedItems() {
        Set<String> items = new HashSet<>();
        try {
            for (Path path : MoveJournal.unfinished(journalDir)) {
                try {
                    MoveJournal.read(path).forEach(r -> items.add(r.order().itemId()));
                } catch (IOException | RuntimeException e) {
                    items.add(URLDecoder.decode(path.getFileName().toString()
                            .replace(MoveJournal.SUFFIX, ""), StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the move journals in " + journalDir, e);
        }
        return items;
    }

    /** At agent start: finishes or rolls back every unfinished item, one result per item. */
    public List<MoveResult> recover() {
        List<MoveResult> results = new ArrayList<>();
        List<Path> journals;
        try {
            journals = MoveJournal.unfinished(journalDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the move journals in " + journalDir, e);
        }
        for (Path path : journals) {
            results.addAll(recover(path));
        }
        return results;
    }

    private List<MoveResult> recover(Path path) {
        List<MoveJournal.Recorded> items;
        try {
            items = MoveJournal.read(path);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.SEVERE, "unreadable move journal " + path + " left in place", e);
            return List.of(new MoveResult(path.getFileName().toString(), false, MoveStep.ROLLBACK,
                    "unreadable journal " + path + ": " + e.getMessage(), List.of(), 0));
        }
        List<MoveJournal> journals;
        try {
            journals = MoveJournal.reopen(path, items);
        } catch (IOException e) {
            return items.stream().map(r -> new MoveResult(r.order().itemId(), false, MoveStep.ROLLBACK,
                    "recovery failed: " + e.getMessage(), earlierReports(r), 0)).toList();
        }
        List<MoveResult> results = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            MoveJournal.Recorded recorded = items.get(i);
            try {
                StepLog log = new StepLog(journals.get(i), recorded.order(), listener, earlierReports(recorded));
                results.add(new Recovery(log, recorded, precheck).run());
            } catch (UncheckedIOException e) {
                results.add(new MoveResult(recorded.order().itemId(), false, MoveStep.ROLLBACK,
                        "recovery failed: " + e.getMessage(), earlierReports(recorded), 0));
            }
        }
        closeQuietly(journals.get(0));
        return results;
    }

    private static List<StepReport> earlierReports(MoveJournal.Recorded recorded) {
        List<StepReport> reports = new ArrayList<>();
        for (MoveJournal.Entry entry : recorded.entries()) {
            if (entry.step() != null) {
                reports.add(new StepReport(recorded.order().itemId(),
                        recorded.order().files().get(entry.file()).source(), entry.step(), entry.ok(), entry.detail()));
            }
        }
        return reports;
    }

    private static MoveResult refused(MoveOrder order, String message) {
        return new MoveResult(order.itemId(), false, MoveStep.PRECHECK, message, List.of(), 0);
    }

    private static void closeQuietly(MoveJournal journal) {
        if (journal == null) {
            return;
        }
        try {
            journal.close();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "closing a move journal", e);
        }
    }
}
