package phaze.agent.execution;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Group commit: many items, one journal file, each item succeeding or rolling back on its own. */
class GroupMoveTest {
    @TempDir
    Path work;

    private final List<Path> immutables = new ArrayList<>();

    @AfterEach
    void release() throws Exception {
        for (Path path : immutables) {
            Mounts.immutable(path, false);
        }
    }

    private Path root() {
        return work.resolve("lib");
    }

    private Path journals() {
        return work.resolve("journals");
    }

    @Test
    void aGroupOfRenamesMovesEveryItemAndLeavesNoJournal() throws Exception {
        MoveFixture fx = new MoveFixture(root());
        List<MoveOrder> orders = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            FileMove media = fx.file("dump/set" + i + ".flac", "Artist " + (i % 3) + "/Live " + i + ".flac", 500 + i);
            FileMove cue = fx.file("dump/set" + i + ".cue", "Artist " + (i % 3) + "/Live " + i + ".cue", 50);
            orders.add(new MoveOrder("g" + i, root(), List.of(media, cue)));
        }
        List<StepReport> told = new CopyOnWriteArrayList<>();

        List<MoveResult> results = new Mover(journals(), told::add).execute(orders);

        assertEquals(40, results.size());
        for (int i = 0; i < 40; i++) {
            MoveResult result = results.get(i);
            assertEquals("g" + i, result.itemId(), "results keep the order of the group");
            assertTrue(result.done(), result.message());
            assertEquals(550 + i, result.bytes());
            for (FileMove move : orders.get(i).files()) {
                assertTrue(fx.moved(move), move.source());
            }
            for (MoveStep step : List.of(MoveStep.PRECHECK, MoveStep.MOVE, MoveStep.DELETE_SOURCE, MoveStep.DONE)) {
                assertEquals(2, result.steps().stream().filter(s -> s.step() == step && s.ok()).count(), "g" + i + " " + step);
            }
        }
        assertEquals(40 * 2 * 4, told.size(), "every step is told to the listener");
        assertTrue(MoveJournal.unfinished(journals()).isEmpty());
        assertTrue(new Mover(journals(), null).recover().isEmpty());
    }

    @Test
    void oneFailingItemRollsBackAloneAndTheRestOfTheGroupMoves() throws Exception {
        MoveFixture fx = new MoveFixture(root());
        FileMove fine = fx.file("in/a.flac", "out/A/a.flac", 3000);
        FileMove clash = fx.file("in/b.flac", "out/B/b.flac", 3000);
        Files.createDirectories(root().resolve("out/B"));
        Files.writeString(root().resolve("out/B/b.flac"), "someone else's file");
        FileMove raced = fx.file("in/c.flac", "out/C/New/c.flac", 3000);
        FileMove racedCue = fx.file("in/c.cue", "out/C/New/c.cue", 300);
        FileMove stuck = fx.file("locked/d.flac", "out/D/Deep/d.flac", 3000);
        FileMove alsoFine = fx.file("in/e.flac", "out/E/e.flac", 3000);
        boolean canLock = Mounts.immutable(root().resolve("locked"), true);
        if (canLock) {
            immutables.add(root().resolve("locked"));
        }
        // Someone drops a file at c.cue's destination after the precheck, before the link.
        StepListener intruder = report -> {
            if (report.step() == MoveStep.MOVE && report.file().equals("in/c.cue")) {
                try {
                    Files.createDirectories(root().resolve("out/C/New"));
                    Files.writeString(root().resolve("out/C/New/c.cue"), "intruder");
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        };
        List<MoveOrder> orders = List.of(fx.order("fine", fine), fx.order("clash", clash),
                fx.order("raced", raced, racedCue), fx.order("stuck", stuck), fx.order("alsoFine", alsoFine));

        List<MoveResult> results = new Mover(journals(), intruder).execute(orders);

        assertTrue(results.get(0).done(), results.get(0).message());
        assertFalse(results.get(1).done());
        assertEquals(MoveStep.PRECHECK, results.get(1).failedStep());
        assertFalse(results.get(2).done());
        assertEquals(MoveStep.MOVE, results.get(2).failedStep());
        assertTrue(results.get(2).message().contains("never overwritten"), results.get(2).message());
        assertTrue(fx.inPlace(raced) && fx.inPlace(racedCue), "the whole item went back, media included");
        assertFalse(Files.exists(root().resolve("out/C/New/c.flac")));
        assertTrue(results.get(4).done(), results.get(4).message());
        assertTrue(fx.moved(fine) && fx.moved(alsoFine));
        if (canLock) {
            assertFalse(results.get(3).done());
            assertEquals(MoveStep.DELETE_SOURCE, results.get(3).failedStep());
            assertTrue(fx.inPlace(stuck));
            assertFalse(Files.exists(root().resolve("out/D")), "folders made for the failed move are gone");
        } else {
            assertTrue(results.get(3).done(), "without chattr the locked folder is an ordinary one");
        }
        for (MoveOrder order : orders) {
            fx.assertInvariants(order, root().resolve("out/B/b.flac"), root().resolve("out/C/New/c.cue"));
        }
        assertTrue(MoveJournal.unfinished(journals()).isEmpty(), "every item is settled");
    }

    @Test
    void itemsThatCannotLinkTakeTheCopyRouteInTheSameGroup() throws Exception {
        MoveFixture fx = new MoveFixture(root());
        FileMove a = fx.file("in/a.flac", "out/a.flac", 2000);
        FileMove b = fx.file("in/b.flac", "out/b.flac", 2000);
        List<MoveResult> results = new Mover(journals(), null, false).execute(List.of(fx.order("a", a), fx.order("b", b)));
        assertTrue(results.stream().allMatch(MoveResult::done));
        assertTrue(results.get(0).steps().stream().anyMatch(s -> s.step() == MoveStep.COPY));
        assertTrue(fx.moved(a) && fx.moved(b));
    }

    /** Moves running side by side into a folder that does not exist yet: whoever makes it, all arrive. */
    @Test
    void concurrentMovesIntoOneNewFolderAllArrive() throws Exception {
        MoveFixture fx = new MoveFixture(root());
        List<MoveOrder> orders = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            orders.add(fx.order("c" + i, fx.file("in/t" + i + ".flac", "New Artist/New Album/T" + i + ".flac", 1000)));
        }
        Mover mover = new Mover(journals(), null);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(16);
        try {
            List<java.util.concurrent.Future<MoveResult>> results = new ArrayList<>();
            for (MoveOrder order : orders) {
                results.add(pool.submit(() -> mover.execute(order)));
            }
            for (java.util.concurrent.Future<MoveResult> result : results) {
                assertTrue(result.get().done(), result.get().message());
            }
        } finally {
            pool.shutdownNow();
        }
        for (MoveOrder order : orders) {
            assertTrue(fx.moved(order.files().get(0)));
        }
    }

    @Test
    void anItemTwiceInOneGroupIsRefusedOnce() throws Exception {
        MoveFixture fx = new MoveFixture(root());
        FileMove a = fx.file("in/a.flac", "out/a.flac", 2000);
        FileMove b = fx.file("in/b.flac", "out/b.flac", 2000);
        List<MoveResult> results = new Mover(journals(), null).execute(List.of(fx.order("x", a), fx.order("x", b)));
        assertTrue(results.get(0).done());
        assertFalse(results.get(1).done());
        assertTrue(fx.inPlace(b));
    }
}
