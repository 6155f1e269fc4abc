package phaze.agent.execution;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
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
        Files.writeString(path, "STEP\titem/1 ?\t0\tDONE\to", StandardCharsets.UTF_8, StandardOpenOption.APPEND);

        List<MoveJournal.Recorded> all = MoveJournal.read(path);
        assertEquals(1, all.size());
        MoveJournal.Recorded recorded = all.get(0);

        assertEquals(order, recorded.order());
        assertEquals(3, recorded.entries().size(), "the torn DONE line is ignored");
        assertEquals("in/a\tb\\c.mp3", recorded.entries().get(0).sourceOnDisk());
        assertEquals(MoveStep.MOVE, recorded.entries().get(2).step());
        assertFalse(recorded.entries().get(2).ok());
        assertEquals("refused\twith a tab", recorded.entries().get(2).detail());
        assertEquals(List.of(path), MoveJournal.unfinished(dir));
    }

    @Test
    void aGroupSharesOneFileThatGoesWithItsLastSettledItem() throws Exception {
        MoveOrder first = new MoveOrder("7", Path.of("/lib"), List.of(new FileMove("a.flac", "A/a.flac", "cd".repeat(32), 1)));
        MoveOrder second = new MoveOrder("8", Path.of("/lib"), List.of(new FileMove("b.flac", "B/b.flac", "ef".repeat(32), 2),
                new FileMove("b.cue", "B/b.cue", "01".repeat(32), 3)));
        List<MoveJournal> journals = MoveJournal.create(dir, List.of(first, second));
        journals.get(1).stepDeferred(1, MoveStep.MOVE, true, "hard link B/b.cue");
        journals.get(0).stepDeferred(0, MoveStep.MOVE, true, "hard link A/a.flac");
        journals.get(0).sync();
        Path path = MoveJournal.pathFor(dir, "7");

        List<MoveJournal.Recorded> recorded = MoveJournal.read(path);
        assertEquals(List.of(first, second), recorded.stream().map(MoveJournal.Recorded::order).toList());
        assertEquals(1, recorded.get(1).entries().get(0).file(), "each record belongs to its own item and file");
        assertEquals(MoveStep.MOVE, recorded.get(0).entries().get(0).step());

        journals.get(0).finish();
        assertTrue(Files.exists(path), "the second item is not settled yet");
        journals.get(1).finish();
        assertFalse(Files.exists(path));
    }

    @Test
    void aJournalOfAnotherVersionIsRefusedNotMisread() throws Exception {
        Path old = dir.resolve("old.journal");
        Files.writeString(old, "phaze-journal\t1\nORDER\tx\t/lib\t1\n");
        IOException e = assertThrows(IOException.class, () -> MoveJournal.read(old));
        assertTrue(e.getMessage().contains("version 2"), e.getMessage());
    }

    @Test
    void onlyRecordsThatAnnounceASideEffectAreForcedOnTheirOwn() {
        assertTrue(MoveJournal.announcesSideEffect(MoveStep.MOVE));
        assertTrue(MoveJournal.announcesSideEffect(MoveStep.DELETE_SOURCE));
        assertFalse(MoveJournal.announcesSideEffect(MoveStep.VERIFY));
        assertFalse(MoveJournal.announcesSideEffect(MoveStep.DONE));
    }
}
