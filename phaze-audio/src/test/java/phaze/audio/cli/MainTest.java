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

/** The CLI contract of issue 3: headers, paths as given, exit codes, one-line errors. */
class MainTest {
    private static final Path MUSIC = Path.of("/usr/share/games/wesnoth/1.16/data/core/music");
    private static final Path WORK = Path.of("target", "cli-test");
    private static Path set;

    @TempDir
    Path tmp;

    record Result(int code, String out, String err) {
        List<String> lines() {
            return out.lines().toList();
        }
    }

    @BeforeAll
    static void makeDjSet() throws Exception {
        Files.createDirectories(WORK);
        set = WORK.resolve("set.mp3");
        if (!Files.exists(set)) {
            // 40 s of knolls, 30 s of unindexed music, 40 s of wanderer played 4 % fast (pitch fader)
            ffmpeg("-ss", "60", "-t", "40", "-i", MUSIC.resolve("knolls.ogg").toString(),
                    "-ss", "30", "-t", "30", "-i", MUSIC.resolve("elvish-theme.ogg").toString(),
                    "-ss", "100", "-t", "40", "-i", MUSIC.resolve("wanderer.ogg").toString(),
                    "-filter_complex", "[0:a]aresample=44100[a];[1:a]aresample=44100[b];"
                            + "[2:a]asetrate=44100*1.04,aresample=44100[c];[a][b][c]concat=n=3:v=0:a=1",
                    "-b:a", "160k", set.toString());
        }
    }

    @Test
    void indexThenMatchPrintsTheIssuesCsvWithPathsAsGiven() throws Exception {
        Path db = tmp.resolve("db");
        String knolls = MUSIC.resolve("knolls.ogg").toString();
        Result idx = run("index", "--db", db.toString(), knolls, MUSIC.resolve("wanderer.ogg").toString());
        assertEquals(0, idx.code(), idx.err());
        Path excerpt = tmp.resolve("excerpt.mp3");
        ffmpeg("-ss", "120", "-t", "10", "-i", knolls, "-b:a", "64k", excerpt.toString());
        Path other = tmp.resolve("other.mp3");
        ffmpeg("-ss", "20", "-t", "10", "-i", MUSIC.resolve("northerners.ogg").toString(), other.toString());
        Result m = run("match", "--db", db.toString(), excerpt.toString(), other.toString());
        assertEquals(0, m.code(), m.err());
        assertEquals("query,match,offset_s,score,stretch,shift_semitones", m.lines().get(0));
        String[] hit = m.lines().get(1).split(",");
        assertEquals(excerpt.toString(), hit[0]);
        assertEquals(knolls, hit[1]);
        assertEquals(120.0, Double.parseDouble(hit[2]), 0.5);
        assertEquals(other + ",,,,,", m.lines().get(2));
    }

    @Test
    void insideFindsTheTracksOfAMixAndNotTheUnindexedOne() throws Exception {
        Path db = tmp.resolve("db");
        run("index", "--db", db.toString(), MUSIC.resolve("knolls.ogg").toString(), MUSIC.resolve("wanderer.ogg").toString(),
                MUSIC.resolve("northerners.ogg").toString());
        Result r = run("inside", "--db", db.toString(), set.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("start_s,end_s,match,score", r.lines().get(0));
        assertEquals(3, r.lines().size(), r.out());
        String[] first = r.lines().get(1).split(",");
        String[] second = r.lines().get(2).split(",");
        assertTrue(first[2].endsWith("knolls.ogg") && Double.parseDouble(first[0]) <= 5, r.out());
        assertTrue(second[2].endsWith("wanderer.ogg") && Math.abs(Double.parseDouble(second[0]) - 70) <= 10, r.out());
    }

    /** Boundaries come from the hashes on the alignment line, not from the 5-s window grid. */
    @Test
    void insideBoundariesAreSharperThanTheWindowStep() throws Exception {
        Path db = tmp.resolve("db");
        run("index", "--db", db.toString(), MUSIC.resolve("knolls.ogg").toString(), MUSIC.resolve("wanderer.ogg").toString());
        Result r = run("inside", "--db", db.toString(), set.toString());
        String[] knolls = r.lines().get(1).split(",");
        String[] wanderer = r.lines().get(2).split(",");
        // the set: knolls 0-40 s, unindexed music 40-70 s, wanderer 4 % fast 70-108.5 s
        assertEquals(40.0, Double.parseDouble(knolls[1]), 1.5, r.out());
        assertEquals(70.0, Double.parseDouble(wanderer[0]), 1.5, r.out());
        assertEquals(108.5, Double.parseDouble(wanderer[1]), 1.5, r.out());
    }

    @Test
    void sameSaysHowMuchOfTwoFilesIsOneRecording() throws Exception {
        Path copy = tmp.resolve("copy.opus");
        String battle = MUSIC.resolve("battle.ogg").toString();
        ffmpeg("-ss", "30", "-i", battle, "-b:a", "48k", copy.toString());
        String[] same = run("same", battle, copy.toString()).out().trim().split(",");
        assertTrue(Double.parseDouble(same[0]) > 0.85, String.join(",", same));
        assertEquals(30.0, Double.parseDouble(same[1]), 1.0);
        String[] different = run("same", battle, MUSIC.resolve("knolls.ogg").toString()).out().trim().split(",");
        assertEquals(0.0, Double.parseDouble(different[0]), 0.05);
    }

    @Test
    void badInputGivesOneClearLineAndANonZeroExit() throws Exception {
        Result unknown = run("frobnicate");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().startsWith("phaze-audio: unknown command 'frobnicate'"));
        Result noDb = run("match", "--db", tmp.resolve("missing").toString(), "x.mp3");
        assertEquals(2, noDb.code());
        assertEquals(1, noDb.err().lines().count(), noDb.err());
        Result engine = run("match", "--db", tmp.toString(), "--engine", "fast", "x.mp3");
        assertEquals(2, engine.code());
        Result missing = run("same", "nope-a.mp3", "nope-b.mp3");
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("nope-a.mp3: no such file"), missing.err());
        Path text = tmp.resolve("notes.mp3");
        Files.writeString(text, "not audio at all");
        Result corrupt = run("same", text.toString(), text.toString());
        assertEquals(1, corrupt.code());
        assertEquals(1, corrupt.err().lines().count(), corrupt.err());
    }

    static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static void ffmpeg(String... args) throws Exception {
        List<String> cmd = new java.util.ArrayList<>(List.of("ffmpeg", "-nostdin", "-v", "error", "-y"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).inheritIO().start();
        assertEquals(0, p.waitFor(), String.join(" ", cmd));
    }
}
