package phaze.agent.execution;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class MoveJournalTest {
    @TempDir
    Path dir;

    @Test
    void readsBackOrderAndStepsWithAwkwardNamesAndIgnoresATornLastLine() throws Exception {
        FileMove move = new FileMove("in/a\tb\\c.mp3", "out/Ünïcødé\nname.mp3", "ab".repeat(32), 42);
        MoveOrder order = new MoveOrder("item/1 ?", Path.of("/lib"), List.of(move));
        try (MoveJournal journal = MoveJournal.create(dir, order)) {
            journal.plan(0, "LINK", "in/a\tb\\c.mp3");
            journal.step(0, MoveStep.PRECHECK, true, "fine");
            journal.step(0, MoveStep.MOVE, false, "refused\twith a tab");
        }
        Path path = MoveJournal.pathFor(dir, "item/1 ?");
        Files.writeString(path, "STEP\t0\tDONE\to", StandardCharsets.UTF_8, StandardOpenOption.APPEND);

        MoveJournal.Recorded recorded = MoveJournal.read(path);

        assertEquals(order, recorded.order());
        assertEquals(3, recorded.entries().size(), "the torn DONE line is ignored");
        assertEquals("in/a\tb\\c.mp3", recorded.entries().get(0).sourceOnDisk());
        assertEquals(MoveStep.MOVE, recorded.entries().get(2).step());
        assertFalse(recorded.entries().get(2).ok());
        assertEquals("refused\twith a tab", recorded.entries().get(2).detail());
        assertEquals(List.of(path), MoveJournal.unfinished(dir));
    }

    @Test
    void onlyRecordsThatAnnounceASideEffectAreForcedOnTheirOwn() {
        assertTrue(MoveJournal.announcesSideEffect(MoveStep.MOVE));
        assertTrue(MoveJournal.announcesSideEffect(MoveStep.DELETE_SOURCE));
        assertFalse(MoveJournal.announcesSideEffect(MoveStep.VERIFY));
        assertFalse(MoveJournal.announcesSideEffect(MoveStep.DONE));
    }
}
