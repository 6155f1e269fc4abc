package phaze.protocol;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FileKindTest {

    @Test
    void classifiesByExtensionIgnoringCase() {
        assertEquals(Optional.of(FileKind.AUDIO), FileKind.of("Set.MP3"));
        assertEquals(Optional.of(FileKind.AUDIO), FileKind.of("gd1969-01-25.sbd.kaplan.7923.sbeok.flac"));
        assertEquals(Optional.of(FileKind.VIDEO), FileKind.of("show.mkv"));
        assertEquals(Optional.of(FileKind.COMPANION), FileKind.of("set.cue"));
        assertEquals(Optional.of(FileKind.COMPANION), FileKind.of("ffp.ffp"));
    }

    @Test
    void passesByEverythingElse() {
        assertEquals(Optional.empty(), FileKind.of("notes.docx"));
        assertEquals(Optional.empty(), FileKind.of(".mp3"));
        assertEquals(Optional.empty(), FileKind.of("noextension"));
        assertEquals(Optional.empty(), FileKind.of("trailing."));
    }
}
