package phaze.agent.execution;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
        if (Files.exists(MoveJournal.pathFor(journalDir, order.itemId()))) {
            return refused(order, "an unfinished journal exists for this item; recover() settles it first");
        }
        if (order.files().isEmpty()) {
            return refused(order, "the order names no files");
        }
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

    /** At agent start: finishes or rolls back every unfinished item, one result per journal. */
    public List<MoveResult> recover() {
        List<MoveResult> results = new ArrayList<>();
        List<Path> journals;
        try {
            journals = MoveJournal.unfinished(journalDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the move journals in " + journalDir, e);
        }
        for (Path path : journals) {
            results.add(recover(path));
        }
        return results;
    }

    private MoveResult recover(Path path) {
        MoveJournal.Recorded recorded;
        try {
            recorded = MoveJournal.read(path);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.SEVERE, "unreadable move journal " + path + " left in place", e);
            return new MoveResult(path.getFileName().toString(), false, MoveStep.ROLLBACK,
                    "unreadable journal " + path + ": " + e.getMessage(), List.of(), 0);
        }
        MoveJournal journal = null;
        try {
            journal = MoveJournal.reopen(path);
            StepLog log = new StepLog(journal, recorded.order(), listener, earlierReports(recorded));
            return new Recovery(log, recorded, precheck).run();
        } catch (IOException | UncheckedIOException e) {
            closeQuietly(journal);
            return new MoveResult(recorded.order().itemId(), false, MoveStep.ROLLBACK,
                    "recovery failed: " + e.getMessage(), earlierReports(recorded), 0);
        }
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
