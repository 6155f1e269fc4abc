package phaze.agent.execution;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class MoverTest {
    @TempDir
    Path root;
    @TempDir
    Path journals;

    private MoveFixture fx;
    private final List<StepReport> heard = new ArrayList<>();

    @BeforeEach
    void setUp() {
        fx = new MoveFixture(root);
    }

    private Mover mover() {
        return new Mover(journals, heard::add);
    }

    private Mover copyingMover(StepListener listener) {
        return new Mover(journals, listener, false);
    }

    @Test
    void movesMediaAndCompanionsOnOneFileSystemByLink() throws Exception {
        FileMove media = fx.file("in/dj_xyz__ultra2019.mp3", "performances/artists/DJ XYZ/DJ XYZ - Live @ Ultra 2019.mp3", 5000);
        FileMove cue = fx.file("in/dj_xyz__ultra2019.cue", "performances/artists/DJ XYZ/DJ XYZ - Live @ Ultra 2019.cue", 300);
        MoveOrder order = fx.order("item-1", media, cue);

        MoveResult result = mover().execute(order);

        assertTrue(result.done(), result.message());
        assertTrue(fx.moved(media));
        assertTrue(fx.moved(cue));
        assertEquals(5300, result.bytes());
        assertEquals(List.of(MoveStep.PRECHECK, MoveStep.PRECHECK, MoveStep.MOVE, MoveStep.DELETE_SOURCE, MoveStep.DONE,
                MoveStep.MOVE, MoveStep.DELETE_SOURCE, MoveStep.DONE), result.steps().stream().map(StepReport::step).toList());
        assertEquals(result.steps(), heard);
        assertEquals(1, Files.getAttribute(root.resolve(media.destination()), "unix:nlink"));
        assertTrue(mover().recover().isEmpty(), "a finished item leaves no journal");
        fx.assertInvariants(order);
    }

    @Test
    void copiesVerifiesAndPlacesWhenLinksAreNotAvailable() throws Exception {
        FileMove media = fx.file("a.flac", "music/Bicep/Isles/Bicep - 01 - Atlas.flac", 3 << 20);
        MoveResult result = copyingMover(heard::add).execute(fx.order("item-2", media));

        assertTrue(result.done(), result.message());
        assertTrue(fx.moved(media));
        assertEquals(List.of(MoveStep.PRECHECK, MoveStep.COPY, MoveStep.VERIFY, MoveStep.PLACE, MoveStep.DELETE_SOURCE,
                MoveStep.DONE), result.steps().stream().map(StepReport::step).toList());
        fx.assertInvariants(fx.order("item-2", media));
    }

    @Test
    void undoIsTheSameProtocolBackwards() throws Exception {
        FileMove media = fx.file("x/old.mp3", "y/new.mp3", 1000);
        assertTrue(mover().execute(fx.order("do", media)).done());
        FileMove back = new FileMove(media.destination(), media.source(), media.sha256(), media.size());
        assertTrue(mover().execute(fx.order("undo", back)).done());
        assertTrue(fx.inPlace(media));
        assertFalse(Files.exists(root.resolve("y/new.mp3")));
    }

    @Test
    void refusesASourceChangedSinceApproval() throws Exception {
        FileMove media = fx.file("set.mp3", "moved/set.mp3", 1000);
        Files.write(root.resolve("set.mp3"), new byte[1000]);
        MoveResult result = mover().execute(fx.order("changed", media));

        assertFalse(result.done());
        assertEquals(MoveStep.PRECHECK, result.failedStep());
        assertTrue(result.message().contains("source changed since approval"), result.message());
        assertFalse(Files.exists(root.resolve("moved")), "nothing was created");
    }

    @Test
    void neverOverwritesAnExistingDestinationButRecognisesADuplicate() throws Exception {
        FileMove media = fx.file("a/set.mp3", "b/set.mp3", 2000);
        Files.createDirectories(root.resolve("b"));
        Files.write(root.resolve("b/set.mp3"), new byte[] {1, 2, 3});
        MoveResult refused = mover().execute(fx.order("clash", media));
        assertFalse(refused.done());
        assertTrue(refused.message().contains("never overwritten"), refused.message());
        assertTrue(fx.inPlace(media));
        assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(root.resolve("b/set.mp3")));

        Files.copy(root.resolve("a/set.mp3"), root.resolve("b/set.mp3"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        MoveResult duplicate = mover().execute(fx.order("dup", media));
        assertTrue(duplicate.done(), duplicate.message());
        assertTrue(fx.moved(media));
    }

    @Test
    void refusesIllegalDestinations() throws Exception {
        FileMove media = fx.file("a.mp3", "x", 10);
        for (String bad : List.of("../outside.mp3", "/etc/a.mp3", "a/../../b.mp3", "a.flac", "a.mp3", "ok/CON.mp3")) {
            MoveResult result = mover().execute(fx.order("bad", new FileMove("a.mp3", bad, media.sha256(), 10)));
            assertFalse(result.done(), bad);
            assertEquals(MoveStep.PRECHECK, result.failedStep(), bad);
        }
        assertTrue(fx.inPlace(media));
    }

    @Test
    void refusesADestinationBehindASymbolicLinkOutOfTheRoot(@TempDir Path outside) throws Exception {
        FileMove media = fx.file("a.mp3", "link/a.mp3", 10);
        Files.createSymbolicLink(root.resolve("link"), outside);
        MoveResult result = mover().execute(fx.order("escape", media));
        assertFalse(result.done());
        assertTrue(result.message().contains("symbolic link"), result.message());
        assertTrue(fx.inPlace(media));
    }

    @Test
    void findsAnNfdSourceByItsNfcName() throws Exception {
        String nfd = Normalizer.normalize("Björk - Jóga.mp3", Normalizer.Form.NFD);
        FileMove media = fx.file(nfd, "music/Björk/Björk - 01 - Jóga.mp3", 100);
        assertEquals("Björk - Jóga.mp3", media.source());
        MoveResult result = mover().execute(fx.order("nfd", media));
        assertTrue(result.done(), result.message());
        assertFalse(Files.exists(root.resolve(nfd)));
        assertEquals(media.sha256(), MoveFixture.sha(root.resolve(media.destination())));
    }

    @Test
    void renamesOnlyTheNormalisationThroughATemporaryName() throws Exception {
        String nfd = Normalizer.normalize("Sigur Rós.mp3", Normalizer.Form.NFD);
        FileMove media = fx.file(nfd, "Sigur Rós.mp3", 100);
        MoveResult result = mover().execute(fx.order("nfc", media));
        assertTrue(result.done(), result.message());
        assertTrue(result.steps().get(1).detail().contains(".phaze-nfc-0.case"), result.steps().toString());
        assertEquals(List.of("Sigur Rós.mp3"), fx.allFiles().stream().map(p -> p.getFileName().toString()).toList());
    }

    @Test
    void renamesOnlyTheCaseThroughATemporaryName() throws Exception {
        FileMove media = fx.file("music/bicep - atlas.flac", "music/Bicep - Atlas.flac", 100);
        MoveResult result = mover().execute(fx.order("case", media));
        assertTrue(result.done(), result.message());
        assertEquals(List.of(MoveStep.PRECHECK, MoveStep.MOVE, MoveStep.PLACE, MoveStep.DONE),
                result.steps().stream().map(StepReport::step).toList());
        assertTrue(fx.moved(media));
    }

    @Test
    void handles255ByteMultiByteNames() throws Exception {
        String stem = "é".repeat(125); // 250 bytes
        String name = stem + ".flac";  // 255 bytes
        assertEquals(255, name.getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
        FileMove media = fx.file("in/" + stem.substring(1) + "a.flac", "out/" + name, 100);
        MoveResult linked = mover().execute(fx.order("long", media));
        assertTrue(linked.done(), linked.message());
        FileMove back = new FileMove(media.destination(), "in/x.flac", media.sha256(), 100);
        MoveResult copied = copyingMover(null).execute(fx.order("long-copy", back));
        assertTrue(copied.done(), copied.message());
        FileMove tooLong = new FileMove("in/x.flac", "out/" + "é" + name, media.sha256(), 100);
        assertEquals(MoveStep.PRECHECK, mover().execute(fx.order("too-long", tooLong)).failedStep());
    }

    @Test
    void aDestinationCreatedDuringTheCopyIsNeverClobbered() throws Exception {
        FileMove media = fx.file("a/set.mp3", "b/set.mp3", 100_000);
        Path destination = root.resolve("b/set.mp3");
        StepListener intruder = report -> {
            if (report.step() == MoveStep.VERIFY) {
                try {
                    Files.writeString(destination, "someone else's file");
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        };
        MoveResult result = copyingMover(intruder).execute(fx.order("race", media));

        assertFalse(result.done());
        assertEquals(MoveStep.PLACE, result.failedStep());
        assertTrue(result.message().contains("never overwritten"), result.message());
        assertEquals("someone else's file", Files.readString(destination));
        assertTrue(fx.inPlace(media));
        fx.assertInvariants(fx.order("race", media), destination);
        assertTrue(mover().recover().isEmpty(), "the failure was settled, no journal left");
    }

    @Test
    void aFailingCompanionStopsTheItemAfterTheMediaMoved() throws Exception {
        FileMove media = fx.file("in/set.mp3", "out/set.mp3", 1000);
        FileMove cue = fx.file("in/set.cue", "out/set.cue", 100);
        FileMove nfo = fx.file("in/set.nfo", "out/set.nfo", 100);
        Path cueDestination = root.resolve("out/set.cue");
        StepListener intruder = report -> {
            if (report.step() == MoveStep.DONE && report.file().equals("in/set.mp3")) {
                try {
                    Files.writeString(cueDestination, "other");
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        };
        MoveResult result = new Mover(journals, intruder).execute(fx.order("companions", media, cue, nfo));

        assertFalse(result.done());
        assertEquals(MoveStep.MOVE, result.failedStep());
        assertTrue(result.message().startsWith("in/set.cue: "), result.message());
        assertTrue(fx.moved(media), "the verified media move stays");
        assertTrue(fx.inPlace(cue));
        assertTrue(fx.inPlace(nfo), "later companions are not touched");
        fx.assertInvariants(fx.order("companions", media, cue, nfo), cueDestination);
    }

    @Test
    void refusesAnItemWithAnUnfinishedJournal() throws Exception {
        FileMove media = fx.file("a.mp3", "b.mp3", 10);
        Files.writeString(MoveJournal.pathFor(journals, "again"), "phaze-journal\t1\n");
        MoveResult result = mover().execute(fx.order("again", media));
        assertFalse(result.done());
        assertTrue(result.message().contains("unfinished journal"));
        assertTrue(fx.inPlace(media));
    }
}
