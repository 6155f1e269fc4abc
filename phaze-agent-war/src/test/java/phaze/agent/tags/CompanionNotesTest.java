package phaze.agent.tags;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import phaze.protocol.agent.CompanionNote;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class CompanionNotesTest {

    @TempDir
    Path dir;

    @Test
    void theMediaFilesOwnNotesComeFirstAndLegacyEncodingsAreRead() throws Exception {
        Path media = Files.write(dir.resolve("set.mp3"), new byte[] {1, 2, 3});
        Files.writeString(dir.resolve("aaa.nfo"), "Björk @ Roskilde", Charset.forName("windows-1252"));
        Files.writeString(dir.resolve("set.cue"), "\uFEFFPERFORMER \"DJ XYZ\"\nTITLE \"Ultra 2019\"", StandardCharsets.UTF_8);
        Files.write(dir.resolve("cover.jpg"), new byte[] {(byte) 0xff, (byte) 0xd8});
        Files.write(dir.resolve("huge.txt"), new byte[70 * 1024]);
        List<CompanionNote> notes = CompanionNotes.read(media);
        assertEquals(List.of("set.cue", "aaa.nfo"), notes.stream().map(CompanionNote::fileName).toList());
        assertTrue(notes.get(0).text().startsWith("PERFORMER \"DJ XYZ\""), "the BOM is dropped: " + notes.get(0));
        assertEquals("Björk @ Roskilde", notes.get(1).text());
    }

    @Test
    void aNoteNamedAfterAnotherRecordingBelongsToThatOne() throws Exception {
        Path disclosure = Files.write(dir.resolve("Disclosure - Live @ Coachella Sahara 2024-04-12.m4a"), new byte[] {1});
        Files.write(dir.resolve("dj_xyz_ultra.mp3"), new byte[] {2});
        Files.writeString(dir.resolve("dj_xyz_ultra.nfo"), "Main Stage, 2019-03-29");
        Files.writeString(dir.resolve("festival.txt"), "rips from 2019-2024");
        assertEquals(List.of("festival.txt"), CompanionNotes.read(disclosure).stream().map(CompanionNote::fileName).toList());
        assertEquals(List.of("dj_xyz_ultra.nfo", "festival.txt"),
                CompanionNotes.read(dir.resolve("dj_xyz_ultra.mp3")).stream().map(CompanionNote::fileName).toList());
    }

    @Test
    void nothingBesideMeansNoNotes() throws Exception {
        Path media = Files.write(dir.resolve("a.flac"), new byte[] {1});
        assertTrue(CompanionNotes.read(media).isEmpty());
    }
}
