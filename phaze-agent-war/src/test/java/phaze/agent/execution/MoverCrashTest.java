package phaze.agent.execution;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Kill -9 at every journal state: the mover runs in a child JVM that halts right after journaling
 * the state (phaze.fault.halt-after), then recovery runs here and every invariant is checked.
 */
class MoverCrashTest {
    private static final Set<MoveStep> FINISHED_BY_RECOVERY = Set.of(MoveStep.PRECHECK, MoveStep.DELETE_SOURCE, MoveStep.DONE);

    @TempDir
    Path work;

    private int run;

    @Test
    void sameFileSystemByLinkAtEveryState() throws Exception {
        for (String halt : List.of("PRECHECK:1", "PRECHECK:2", "MOVE:1", "DELETE_SOURCE:1", "DONE:1",
                "MOVE:2", "DELETE_SOURCE:2", "DONE:2")) {
            crashAndRecover(work.resolve("lib"), "", true, "none", halt, 2);
        }
    }

    @Test
    void copyRouteAtEveryState() throws Exception {
        for (String halt : List.of("PRECHECK:1", "COPY:1", "VERIFY:1", "PLACE:1", "DELETE_SOURCE:1", "DONE:1",
                "COPY:2", "VERIFY:2", "PLACE:2", "DELETE_SOURCE:2", "DONE:2")) {
            crashAndRecover(work.resolve("lib"), "", false, "none", halt, 2);
        }
    }

    @Test
    void crossFileSystemAtEveryState() throws Exception {
        Path root = work.resolve("lib");
        Path other = root.resolve("other");
        assumeTrue(Mounts.tmpfs(other, "64m"), "skipped: mounting a tmpfs (a second file system) is not permitted here");
        try {
            assertNotEquals(Files.getFileStore(root), Files.getFileStore(other));
            for (String halt : List.of("PRECHECK:1", "COPY:1", "VERIFY:1", "PLACE:1", "DELETE_SOURCE:1", "DONE:1")) {
                crashAndRecover(root, "other/", true, "none", halt, 1);
            }
        } finally {
            Mounts.unmount(other);
        }
    }

    @Test
    void caseOnlyRenameAtEveryState() throws Exception {
        for (String halt : List.of("PRECHECK:1", "MOVE:1", "PLACE:1", "DONE:1")) {
            Path root = work.resolve("case-" + (++run));
            MoveFixture fx = new MoveFixture(root);
            MoveOrder order = fx.order("case", fx.file("music/bicep - atlas.flac", "music/Bicep - Atlas.flac", 4096));
            assertEquals(137, child(root, true, "none", halt, order), halt);
            recoverAndCheck(fx, order, halt);
        }
    }

    /**
     * A group of renames, killed at every journal state and halfway through each phase (some links or
     * removals done, their folders not yet forced): each item finishes or rolls back on its own.
     */
    @Test
    void aGroupOfRenamesAtEveryStateAndHalfwayThroughEachPhase() throws Exception {
        for (String halt : List.of("PRECHECK:2", "MOVE:1", "MOVE:4", "effect:MOVE:1", "effect:MOVE:3",
                "DELETE_SOURCE:1", "effect:DELETE_SOURCE:2", "DONE:1", "DONE:3")) {
            Path root = work.resolve("group-" + (++run));
            MoveFixture fx = new MoveFixture(root);
            List<MoveOrder> orders = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                orders.add(fx.order("g" + run + "-" + i, fx.file("in/set" + i + ".flac", "Artist/Live " + i + ".flac", 100_000)));
            }
            boolean effect = halt.startsWith("effect:");
            String point = effect ? halt.substring("effect:".length()) : halt;
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                    "-D" + (effect ? FaultPoint.EFFECT_PROPERTY : FaultPoint.PROPERTY) + "=" + point,
                    MoveCli.class.getName(), journals().toString(), "group", root.toString()));
            for (MoveOrder order : orders) {
                FileMove move = order.files().get(0);
                command.addAll(List.of(order.itemId(), move.source(), move.destination(), move.sha256(),
                        String.valueOf(move.size())));
            }
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(work.resolve("child-" + run + ".log").toFile()).start();
            assertEquals(137, process.waitFor(), "the child should have halted at " + halt);

            List<MoveResult> results = new Mover(journals(), null).recover();

            assertEquals(4, results.size(), halt + ": one result per item of the group");
            for (int i = 0; i < 4; i++) {
                MoveOrder order = orders.get(i);
                MoveResult result = results.get(i);
                assertEquals(order.itemId(), result.itemId());
                fx.assertInvariants(order);
                fx.assertEachOnce(order);
                assertEquals(result.done(), fx.moved(order.files().get(0)), halt + " " + order.itemId() + ": " + result.message());
                if (point.startsWith("DELETE_SOURCE") || point.startsWith("DONE") || point.startsWith("PRECHECK")) {
                    assertTrue(result.done(), halt + ": once the sources' removal is journaled (or nothing began), recovery finishes");
                }
            }
            if (halt.equals("effect:MOVE:3")) {
                assertTrue(results.get(0).done() && results.get(2).done(), "linked before the kill: finished at start");
                assertFalse(results.get(3).done(), "never linked: rolled back, the source stays");
            }
            assertTrue(new Mover(journals(), null).recover().isEmpty(), halt + ": nothing left to recover");
        }
    }

    @Test
    void duringTheRollbackOfACollision() throws Exception {
        crashAndRecover(work.resolve("lib"), "", false, "VERIFY", "ROLLBACK:1", 1);
    }

    private void crashAndRecover(Path base, String destinationPrefix, boolean useLinks, String intrudeAt, String halt,
                                 int files) throws Exception {
        Path root = base;
        String runFolder = "run-" + (++run) + "/";
        MoveFixture fx = new MoveFixture(root);
        List<FileMove> moves = new ArrayList<>();
        moves.add(fx.file(runFolder + "in/set.flac", destinationPrefix + runFolder + "out/Artist - Live @ Set.flac", 3 << 20));
        if (files > 1) {
            moves.add(fx.file(runFolder + "in/set.cue", destinationPrefix + runFolder + "out/Artist - Live @ Set.cue", 2000));
        }
        MoveOrder order = new MoveOrder("item-" + run, root, moves);
        assertEquals(137, child(root, useLinks, intrudeAt, halt, order), "the child should have halted at " + halt);
        recoverAndCheck(fx, order, halt);
    }

    private void recoverAndCheck(MoveFixture fx, MoveOrder order, String halt) throws IOException {
        Path intruded = fx.root.resolve(order.files().get(0).destination());
        boolean intrusion = Files.exists(intruded) && Files.readString(intruded, java.nio.charset.StandardCharsets.ISO_8859_1).equals("intruder");
        List<MoveResult> results = new Mover(journals(), null).recover();

        assertEquals(1, results.size(), halt);
        MoveResult result = results.get(0);
        MoveStep haltedAt = MoveStep.valueOf(halt.split(":")[0]);
        assertTrue(result.steps().stream().anyMatch(s -> s.step() == haltedAt && s.ok()), halt + ": the journal shows " + haltedAt);
        assertEquals(!intrusion && FINISHED_BY_RECOVERY.contains(haltedAt), result.done(), halt + ": " + result.message());
        if (intrusion) {
            fx.assertInvariants(order, intruded);
            assertTrue(fx.inPlace(order.files().get(0)), halt);
        } else {
            fx.assertInvariants(order);
            fx.assertEachOnce(order);
        }
        for (int i = 0; i < order.files().size(); i++) {
            FileMove move = order.files().get(i);
            assertTrue(fx.moved(move) || fx.inPlace(move), halt + ": " + move.source() + " is settled");
            if (result.done()) {
                assertTrue(fx.moved(move), halt + ": " + move.source() + " moved");
            }
        }
        assertTrue(new Mover(journals(), null).recover().isEmpty(), halt + ": recovery is finished and leaves no journal");
    }

    private int child(Path root, boolean useLinks, String intrudeAt, String halt, MoveOrder order) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:auto", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"),
                "-D" + FaultPoint.PROPERTY + "=" + halt,
                MoveCli.class.getName(), journals().toString(), String.valueOf(useLinks), intrudeAt,
                order.itemId(), root.toString()));
        for (FileMove move : order.files()) {
            command.addAll(List.of(move.source(), move.destination(), move.sha256(), String.valueOf(move.size())));
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(work.resolve("child-" + run + ".log").toFile()).start();
        return process.waitFor();
    }

    private Path journals() {
        return work.resolve("journals");
    }
}
