package phaze.agent.analysis;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import phaze.audio.decode.AudioDecoder;
import phaze.audio.decode.AudioDecodeException;
import phaze.audio.fingerprint.Engine;
import phaze.audio.fingerprint.Density;
import phaze.audio.fingerprint.Fingerprints;
import phaze.audio.ingest.AudioIngest;
import phaze.protocol.agent.FileAnalysis;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;

import static org.junit.jupiter.api.Assertions.*;

/** The two stages share one decode; ffmpeg is wrapped by a script that counts its runs. */
class IngestProductsTest {

    @TempDir
    Path dir;
    private Path song;
    private Path decodes;
    private IngestProducts products;

    @BeforeEach
    void setUp() throws Exception {
        song = dir.resolve("song.ogg");
        Process p = new ProcessBuilder("ffmpeg", "-nostdin", "-loglevel", "error", "-f", "lavfi", "-i",
                "aevalsrc='0.6*sin(2*PI*220*t)+0.8*sin(2*PI*55*t)*exp(-8*mod(t,0.5))':s=44100:d=20",
                "-c:a", "libvorbis", song.toString()).inheritIO().start();
        assertEquals(0, p.waitFor());
        decodes = dir.resolve("decodes.log");
        Path counting = dir.resolve("counting-ffmpeg");
        Files.writeString(counting, "#!/bin/sh\necho run >> '" + decodes + "'\nexec ffmpeg \"$@\"\n");
        assertTrue(counting.toFile().setExecutable(true));
        AudioIngest ingest = new AudioIngest(new AudioDecoder(counting.toString(), "ffprobe", Duration.ofSeconds(60)),
                EnumSet.allOf(Engine.class), Density.INDEX);
        products = new IngestProducts(ingest, dir.resolve("cache"));
    }

    @Test
    void analyzeThenFingerprintDecodesOnce() throws Exception {
        FileAnalysis analysis = products.analysis(song);
        products.delivered(song, "analysis");
        Fingerprints fingerprints = products.fingerprints(song);
        products.delivered(song, "fingerprints");

        assertEquals(1, runs(), "one decode for both stages");
        assertEquals(20.0, analysis.durationSeconds(), 0.5);
        assertEquals(64, analysis.payloadHash().length());
        assertTrue(fingerprints.get(Engine.LANDMARK).size() > 0);
        assertTrue(fingerprints.get(Engine.ROBUST).size() > 0);
        try (var left = Files.list(dir.resolve("cache"))) {
            assertEquals(0, left.count(), "delivered products leave the cache");
        }
    }

    @Test
    void aChangedFileIsDecodedAgain() throws Exception {
        products.fingerprints(song);
        Files.setLastModifiedTime(song, FileTime.from(Instant.now().plusSeconds(60)));
        products.analysis(song);
        assertEquals(2, runs());
    }

    /** A cache entry an older agent wrote (or a crash tore) is made again, not an error for the file. */
    @Test
    void anUnreadableCacheEntryIsDecodedAgainOnce() throws Exception {
        products.analysis(song);
        products.delivered(song, "analysis");
        try (var entries = Files.list(dir.resolve("cache"))) {
            for (Path entry : entries.toList()) {
                Files.write(entry, new byte[] {'P', 'H', 'Z', 'F', 0, 0, 0, 1}); // a format this agent refuses
            }
        }
        Fingerprints fingerprints = products.fingerprints(song);
        assertTrue(fingerprints.get(Engine.LANDMARK).size() > 0);
        assertEquals(2, runs(), "the unreadable entry cost one more decode");
    }

    @Test
    void aBrokenFileIsAClearDecodeErrorAndCachesNothing() throws Exception {
        Path broken = dir.resolve("broken.mp3");
        Files.write(broken, new byte[4096]);
        AudioDecodeException e = assertThrows(AudioDecodeException.class, () -> products.analysis(broken));
        assertNotNull(e.getMessage());
        assertFalse(Files.exists(dir.resolve("cache")) && Files.list(dir.resolve("cache")).findAny().isPresent());
    }

    private long runs() throws Exception {
        return Files.exists(decodes) ? Files.readAllLines(decodes).size() : 0;
    }
}
