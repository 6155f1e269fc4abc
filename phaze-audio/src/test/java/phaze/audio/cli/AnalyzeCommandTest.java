package phaze.audio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import phaze.audio.analysis.Synth;
import phaze.audio.analysis.Wav;

class AnalyzeCommandTest {
    @TempDir
    static Path dir;
    static Path song;

    @BeforeAll
    static void render() throws Exception {
        float[] music = Synth.mix(Synth.drums(Synth.Groove.FOUR_ON_THE_FLOOR, 128, 65, 2),
                Synth.progression(9, true, 0, 240 / 128.0 * 2, 0, 65), 0.5);
        song = Wav.write(dir.resolve("a, \"quoted\" song.wav"), music, Synth.RATE, 2);
        Files.write(dir.resolve("cover.jpg"), new byte[] {1, 2, 3});
    }

    private record Run(int code, List<String> out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(java.util.stream.Stream.concat(java.util.stream.Stream.of("analyze"),
                java.util.stream.Stream.of(args)).toArray(String[]::new),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8).lines().toList(), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void csvHasTheSpecifiedHeaderAndOneRowPerAudioFileOfAFolder() {
        Run r = run(dir.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("file,duration_s,bpm,bpm_confidence,bpm_alt,key,key_confidence,camelot,lufs,lra,peak_dbfs,"
                + "energy,danceability,mood", r.out().get(0));
        assertEquals(2, r.out().size(), "cover.jpg is skipped: " + r.out());
        String row = r.out().get(1);
        assertTrue(row.startsWith("\"" + song.toString().replace("\"", "\"\"") + "\",65.0,128.0,"), row);
        assertTrue(row.contains(",Am,") && row.contains(",8A,"), row);
    }

    @Test
    void windowsAreJsonLinesWithASummary() {
        Run r = run("--windows", song.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(4, r.out().size(), "3 windows (30 + 30 + 5 s) and a summary: " + r.out());
        assertTrue(r.out().get(0).startsWith("{\"type\":\"window\",\"file\":"), r.out().get(0));
        assertTrue(r.out().get(1).contains("\"start_s\":30.0,\"duration_s\":30.0,\"bpm\":128.0"), r.out().get(1));
        assertTrue(r.out().get(3).contains("\"type\":\"summary\"") && r.out().get(3).contains("\"median_confident_bpm\":128.0")
                        && r.out().get(3).endsWith(",\"style\":[]}"),
                r.out().get(3));
    }

    @Test
    void aBadFileIsOneLineOnStderrAndExitCodeOneWhileOthersAreStillAnalyzed() throws Exception {
        Path bad = Files.write(dir.resolve("bad.flac"), new byte[] {9, 9, 9});
        Run r = run(bad.toString(), song.toString());
        assertEquals(1, r.code());
        assertEquals(2, r.out().size());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains("bad.flac"), r.err());
        Files.delete(bad);
    }

    @Test
    void usageErrors() {
        assertEquals(2, run().code());
        assertEquals(2, run("--bogus", "x").code());
        assertEquals(2, run(dir.resolve("no-such-file.mp3").toString()).code());
    }
}
