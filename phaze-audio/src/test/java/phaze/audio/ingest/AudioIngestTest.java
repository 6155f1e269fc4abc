package phaze.audio.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import phaze.audio.analysis.AnalysisResult;
import phaze.audio.analysis.PayloadHasher;
import phaze.audio.analysis.Signals;
import phaze.audio.analysis.Synth;
import phaze.audio.analysis.Wav;
import phaze.audio.decode.AudioDecodeException;
import phaze.audio.fingerprint.Engine;

/** The one-pass API through real ffmpeg: identity across tag edits, and bad input. */
class AudioIngestTest {
    @TempDir
    static Path dir;
    static Path song;
    static final AudioIngest INGEST = new AudioIngest();

    @BeforeAll
    static void renderSong() throws Exception {
        float[] music = Synth.mix(Synth.drums(Synth.Groove.FOUR_ON_THE_FLOOR, 126, 40, 5),
                Synth.progression(2, false, 0, 240 / 126.0 * 2, 0, 40), 0.5);
        Path wav = Wav.write(dir.resolve("song.wav"), music, Synth.RATE, 2);
        song = ffmpeg(wav, "song.mp3", "-metadata", "title=First", "-b:a", "192k");
    }

    @Test
    void payloadHashSurvivesATagEditButNotAnotherRecording() throws Exception {
        Path retagged = ffmpeg(song, "retagged.mp3", "-c", "copy", "-metadata", "title=Edited", "-metadata",
                "artist=Someone");
        assertNotEquals(sha256(song), sha256(retagged), "the bytes differ");
        var a = INGEST.ingest(song).payloadHash();
        var b = INGEST.ingest(retagged).payloadHash();
        assertEquals(a, b);
        assertEquals(PayloadHasher.ALGORITHM, a.algorithm());
        Path quieter = ffmpeg(song, "quieter.mp3", "-af", "volume=0.5", "-b:a", "192k");
        assertNotEquals(a, INGEST.ingest(quieter).payloadHash());
    }

    @Test
    void ingestAnalyzesTheSongAndFingerprintsItFromTheSameDecode() throws Exception {
        IngestResult r = INGEST.ingest(song);
        AnalysisResult a = r.analysis();
        assertEquals(126, a.tempo().bpm(), 126 * 0.02);
        assertEquals("D", a.key().key().shortName());
        assertEquals(40, a.durationSeconds(), 0.2);
        assertEquals(2, a.timeline().windows().size());
        for (Engine engine : Engine.values()) {
            assertTrue(r.fingerprints().get(engine).size() > 100, engine + " hashes from the shared decode");
        }
        assertEquals(a.durationSeconds(), r.fingerprints().seconds(), 0.1);
    }

    @Test
    void aOneSecondFileGivesLowConfidenceNotACrash() throws Exception {
        Path wav = Wav.write(dir.resolve("short.wav"), Signals.sine(440, -12, 1), Signals.RATE, 2);
        AnalysisResult r = INGEST.ingest(wav).analysis();
        assertFalse(r.tempo().isKnown());
        assertEquals(0.0, r.tempo().confidence());
        assertTrue(Double.isFinite(r.loudness().integratedLufs()));
    }

    @Test
    void noiseHasNoReliableTempoAndNoClearKey() throws Exception {
        Path wav = Wav.write(dir.resolve("noise.wav"), Signals.noise(20, 11, 0.3), Signals.RATE, 2);
        AnalysisResult r = INGEST.ingest(wav).analysis();
        assertFalse(r.tempo().isReliable(), "tempo " + r.tempo());
        assertFalse(r.key().isClear(), "key " + r.key());
    }

    @Test
    void silenceIsSilent() throws Exception {
        Path wav = Wav.write(dir.resolve("silence.wav"), new float[Signals.RATE * 10], Signals.RATE, 2);
        AnalysisResult r = INGEST.ingest(wav).analysis();
        assertTrue(r.loudness().isSilent());
        assertEquals(1, r.descriptors().energy());
        assertFalse(r.tempo().isKnown());
        assertFalse(r.key().isClear());
    }

    @Test
    void corruptAndTruncatedFilesAreClearErrorsWithinSeconds() throws Exception {
        Path garbage = Files.write(dir.resolve("garbage.mp3"), new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10});
        byte[] whole = Files.readAllBytes(song);
        Path truncated = Files.write(dir.resolve("truncated.mp3"), java.util.Arrays.copyOf(whole, whole.length / 3));
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            AudioDecodeException e = assertThrows(AudioDecodeException.class, () -> INGEST.ingest(garbage));
            assertTrue(e.getMessage().contains("garbage.mp3"), e.getMessage());
            assertThrows(AudioDecodeException.class, () -> INGEST.ingest(truncated));
            assertThrows(AudioDecodeException.class, () -> INGEST.ingest(dir.resolve("missing.flac")));
        });
    }

    static Path ffmpeg(Path in, String name, String... args) throws IOException, InterruptedException {
        Path out = dir.resolve(name);
        List<String> cmd = new ArrayList<>(List.of("ffmpeg", "-nostdin", "-v", "error", "-y", "-i", in.toString()));
        cmd.addAll(List.of(args));
        cmd.add(out.toString());
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, "ffmpeg " + cmd);
        return out;
    }

    static String sha256(Path p) throws Exception {
        return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
    }
}
