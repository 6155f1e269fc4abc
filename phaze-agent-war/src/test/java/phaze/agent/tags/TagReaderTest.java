package phaze.agent.tags;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import phaze.protocol.agent.FileTags;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Real files made by ffmpeg, read by jaudiotagger or ffprobe. */
class TagReaderTest {

    @TempDir
    static Path dir;

    private final TagReader reader = new TagReader(new FfprobeTags("ffprobe"));

    @BeforeAll
    static void makeFiles() throws Exception {
        encode("tagged.mp3", "-c:a", "libmp3lame", "-b:a", "128k", "-metadata", "artist=Bicep", "-metadata", "title=Atlas",
                "-metadata", "album=Isles", "-metadata", "track=1", "-metadata", "date=2021", "-metadata", "genre=Electronic");
        encode("tagged.flac", "-c:a", "flac", "-metadata", "artist=Sigur Rós", "-metadata", "title=Hoppípolla");
        encode("set.opus", "-c:a", "libopus", "-b:a", "64k", "-metadata", "artist=Adam Beyer");
        encode("clip.mkv", "-c:a", "libvorbis", "-metadata", "title=Video set");
        Files.write(dir.resolve("broken.mp3"), new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9});
    }

    @Test
    void readsCommonTagsAndStreamFactsWithJaudiotagger() throws Exception {
        FileTags tags = reader.read(dir.resolve("tagged.mp3"));
        assertEquals("jaudiotagger", tags.reader());
        assertEquals("Bicep", tags.artist());
        assertEquals("Atlas", tags.title());
        assertEquals("Isles", tags.album());
        assertEquals("1", tags.trackNumber());
        assertEquals("2021", tags.year());
        assertEquals(3.0, tags.durationSeconds(), 0.2);
        assertEquals(44100, tags.sampleRate());
        assertEquals(128, tags.bitrateKbps(), 8);
        assertFalse(tags.raw().isEmpty());
    }

    @Test
    void keepsUnicodeAsWritten() throws Exception {
        FileTags tags = reader.read(dir.resolve("tagged.flac"));
        assertEquals("Sigur Rós", tags.artist());
        assertEquals("Hoppípolla", tags.title());
    }

    @Test
    void fallsBackToFfprobeForFormatsJaudiotaggerDoesNotRead() throws Exception {
        FileTags opus = reader.read(dir.resolve("set.opus"));
        assertEquals("Adam Beyer", opus.artist());
        assertEquals(3.0, opus.durationSeconds(), 0.2);
        FileTags video = reader.read(dir.resolve("clip.mkv"));
        assertEquals("ffprobe", video.reader());
        assertEquals("vorbis", video.codec());
    }

    @Test
    void aBrokenFileIsAClearErrorNotACrash() {
        TagReader.UnreadableTags e = assertThrows(TagReader.UnreadableTags.class, () -> reader.read(dir.resolve("broken.mp3")));
        assertTrue(e.getMessage().startsWith("not a readable media file"), e.getMessage());
    }

    private static void encode(String name, String... options) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("ffmpeg", "-nostdin", "-loglevel", "error", "-y", "-f", "lavfi",
                "-i", "sine=frequency=440:sample_rate=44100:duration=3"));
        cmd.addAll(List.of(options));
        cmd.add(dir.resolve(name).toString());
        Process p = new ProcessBuilder(cmd).inheritIO().start();
        assertEquals(0, p.waitFor(), "ffmpeg made " + name);
    }
}
