package phaze.agent.execution;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Moves a group of items that share one journal file, with group commit for same-file-system renames
 * (ADR 070): every file of every item is prechecked; the items whose files all take the LINK route go
 * through two phases — journal every MOVE, one fsync, link them all, fsync each destination folder
 * once; then journal every DELETE_SOURCE, one fsync, remove the sources, fsync each source folder once.
 * A failing item is rolled back on its own (the group goes on); items taking another route (copy,
 * case-only, duplicate) move one file at a time as in {@link ItemExecution}. The rule stays the one of
 * single moves: a record is durable before the side effect it announces.
 */
final class GroupExecution {
    private final List<Member> members = new ArrayList<>();
    private final Precheck precheck;

    /** One item of the group and how far it got. */
    private static final class Member {
        final StepLog log;
        final List<MovePlan> plans = new ArrayList<>();
        final List<List<Path>> createdFolders = new ArrayList<>();
        MoveResult result;
        int linked;
        /** The volume refused hard links after all: the item takes the copy route, one file at a time. */
        boolean needsCopy;

        Member(StepLog log) {
            this.log = log;
        }

        boolean alive() {
            return result == null;
        }

        long bytes() {
            return plans.stream().mapToLong(p -> p.move().size()).sum();
        }
    }

    GroupExecution(List<StepLog> logs, Precheck precheck) {
        logs.forEach(log -> members.add(new Member(log)));
        this.precheck = precheck;
    }

    List<MoveResult> run() {
        List<Member> linking = new ArrayList<>();
        List<Member> oneByOne = new ArrayList<>();
        for (Member m : members) {
            if (prechecked(m)) {
                (m.plans.stream().allMatch(p -> p.route() == MovePlan.Route.LINK) ? linking : oneByOne).add(m);
            }
        }
        publishAll();
        link(linking);
        deleteSources(linking);
        for (Member m : linking) {
            if (m.needsCopy) {
                oneByOne.add(m);
            }
        }
        for (Member m : oneByOne) {
            m.result = new ItemExecution(m.log, precheck, 0).transfer(m.plans);
        }
        return members.stream().map(m -> m.result).toList();
    }

    private boolean prechecked(Member m) {
        MoveOrder order = m.log.order();
        for (int i = 0; i < order.files().size(); i++) {
            try {
                MovePlan plan = precheck.check(order.root(), i, order.files().get(i));
                m.log.plan(plan);
                m.log.recordDeferred(i, MoveStep.PRECHECK, true, ItemExecution.describe(plan));
                m.plans.add(plan);
            } catch (MoveFailure failure) {
                m.log.recordDeferred(i, MoveStep.PRECHECK, false, failure.getMessage());
                m.log.publishDeferred();
                m.result = new ItemExecution(m.log, precheck, 0).failed(i, failure, true);
                return false;
            }
        }
        return true;
    }

    /** Phase one: every MOVE journaled and forced once, then the links, then each folder forced once. */
    private void link(List<Member> linking) {
        for (Member m : linking) {
            try {
                for (MovePlan plan : m.plans) {
                    Precheck.requireUnchanged(plan);
                    m.createdFolders.add(DurableFiles.createDirectories(plan.destination().getParent()));
                }
            } catch (MoveFailure failure) {
                fail(m, m.createdFolders.size(), failure);
                continue;
            } catch (IOException e) {
                fail(m, m.createdFolders.size(), new MoveFailure(MoveStep.MOVE, DurableFiles.describe(e)));
                continue;
            }
            for (MovePlan plan : m.plans) {
                m.log.recordDeferred(plan.index(), MoveStep.MOVE, true, "hard link " + plan.move().destination());
            }
        }
        syncAndPublish(linking);
        Set<Path> folders = new LinkedHashSet<>();
        for (Member m : linking) {
            if (!m.alive()) {
                continue;
            }
            for (MovePlan plan : m.plans) {
                try {
                    DurableFiles.link(plan.destination(), plan.source());
                    FaultPoint.acted(MoveStep.MOVE);
                    m.linked++;
                    folders.add(plan.destination().getParent());
                } catch (FileAlreadyExistsException e) {
                    fail(m, plan.index(), new MoveFailure(MoveStep.MOVE,
                            "destination appeared meanwhile, never overwritten: " + plan.move().destination()));
                    break;
                } catch (IOException | UnsupportedOperationException e) {
                    if (DurableFiles.linksUnsupported(e)) {
                        unlinkFrom(m, 0);
                        m.needsCopy = true;
                    } else {
                        fail(m, plan.index(), new MoveFailure(MoveStep.MOVE, e instanceof IOException io
                                ? DurableFiles.describe(io) : String.valueOf(e.getMessage())));
                    }
                    break;
                }
            }
        }
        syncFolders(folders);
    }

    /** Phase two: every DELETE_SOURCE journaled and forced once, then the removals, then each folder. */
    private void deleteSources(List<Member> linking) {
        List<Member> linked = linking.stream().filter(m -> m.alive() && !m.needsCopy && m.linked == m.plans.size()).toList();
        for (Member m : linked) {
            for (MovePlan plan : m.plans) {
                m.log.recordDeferred(plan.index(), MoveStep.DELETE_SOURCE, true, plan.sourceOnDisk());
            }
        }
        syncAndPublish(linked);
        Set<Path> folders = new LinkedHashSet<>();
        for (Member m : linked) {
            for (MovePlan plan : m.plans) {
                try {
                    Files.delete(plan.source());
                    FaultPoint.acted(MoveStep.DELETE_SOURCE);
                    folders.add(plan.source().getParent());
                } catch (IOException e) {
                    // Earlier files of the item stay moved; this one and the later ones go back.
                    fail(m, plan.index(), new MoveFailure(MoveStep.DELETE_SOURCE, DurableFiles.describe(e)));
                    break;
                }
            }
        }
        syncFolders(folders);
        for (Member m : linked) {
            if (m.alive()) {
                for (MovePlan plan : m.plans) {
                    m.log.recordDeferred(plan.index(), MoveStep.DONE, true, plan.move().destination());
                }
                m.log.publishDeferred();
                m.result = new ItemExecution(m.log, precheck, m.bytes()).done();
            }
        }
    }

    /**
     * Rolls one item back from file {@code file} on: the failure and the rollback are journaled (durably)
     * first, then the links this group made for that file and the later ones go, and the folders made
     * for them. Files before it stay moved only if their sources are already gone.
     */
    private void fail(Member m, int file, MoveFailure failure) {
        m.log.publishDeferred();
        MovePlan plan = m.plans.get(Math.min(file, m.plans.size() - 1));
        boolean settled = true;
        String message = failure.getMessage();
        try {
            m.log.record(file, failure.step(), false, failure.getMessage());
            m.log.record(file, MoveStep.ROLLBACK, true, "source stays: " + plan.sourceOnDisk());
            if (unlinkFrom(m, 0) > 0) {
                message += " (destination removed again)";
            }
            for (List<Path> created : m.createdFolders) {
                DurableFiles.removeEmptyFolders(created);
            }
        } catch (IOException | UncheckedIOException e) {
            settled = false;
            message += " (could not finish the rollback: " + e.getMessage() + "; recovery retries at start)";
        }
        m.result = new ItemExecution(m.log, precheck, bytesBefore(m, file))
                .failed(file, new MoveFailure(failure.step(), message, settled), settled);
    }

    /** Removes the destinations linked for files {@code from}… whose source is still there (a file whose source is gone is moved and stays); returns how many. */
    private static int unlinkFrom(Member m, int from) {
        int removed = 0;
        for (MovePlan plan : m.plans.subList(Math.min(from, m.plans.size()), m.plans.size())) {
            try {
                if (Files.exists(plan.source(), LinkOption.NOFOLLOW_LINKS)
                        && Files.exists(plan.destination(), LinkOption.NOFOLLOW_LINKS)
                        && Files.isSameFile(plan.source(), plan.destination())
                        && !Precheck.sameEntry(plan.source(), plan.destination())) {
                    Files.delete(plan.destination());
                    DurableFiles.syncDirectory(plan.destination().getParent());
                    removed++;
                }
            } catch (IOException e) {
                throw new UncheckedIOException("removing the link " + plan.destination() + " again failed", e);
            }
        }
        return removed;
    }

    private static long bytesBefore(Member m, int file) {
        return m.plans.subList(0, Math.min(file, m.plans.size())).stream().mapToLong(p -> p.move().size()).sum();
    }

    private void publishAll() {
        members.forEach(m -> m.log.publishDeferred());
    }

    /** One fsync makes every record of the group durable (they share the journal file). */
    private static void syncAndPublish(List<Member> group) {
        List<Member> alive = group.stream().filter(Member::alive).toList();
        if (alive.isEmpty()) {
            return;
        }
        alive.get(0).log.sync();
        alive.forEach(m -> m.log.publishDeferred());
    }

    private static void syncFolders(Set<Path> folders) {
        for (Path folder : folders) {
            try {
                DurableFiles.syncDirectory(folder);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot force the folder " + folder, e);
            }
        }
    }
}
