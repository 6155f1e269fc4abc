package phaze.audio.analysis;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import phaze.audio.analysis.key.KeyEstimate;
import phaze.audio.ingest.AudioIngest;

/**
 * On real recordings the right answer is unknown, but a change of the recording must change the
 * answer consistently: tempo +-5 % (pitch kept) moves the BPM by that ratio, a pitch shift of +1 / -2
 * semitones (tempo kept) moves the key by that interval. Measured on every track of at least 1.5 MB of
 * both corpus packages (orchestral and beat-driven game music, {@link RealCorpus}) plus four
 * synthesized songs, never on a chosen subset: the count of tracks with a detectable beat is reported
 * beside the result, not used to filter it.
 * <p>
 * Issue 4's targets are >= 95 % (tempo) and >= 90 % (key); both are asserted. Tempo measures 96.8 %, a
 * margin of two track changes: the misses are rubato without a beat and one octave choice, and tempo
 * octaves near 100 BPM are sensitive (docs/benchmarks/analysis.md, ADR 031), so the printed table
 * matters more than the pass.
 */
class RealAudioConsistencyTest {
    private static final double EXCERPT_START = 30;
    private static final double EXCERPT_SECONDS = 60;
    private static final double TEMPO_TOLERANCE = 0.02;
    private static final double KEY_TARGET = 0.90;
    /** Measured 120/124 = 96.8 % (2026-11-29, smooth tempo prior); 117/124 would fail. */
    private static final double TEMPO_TARGET = 0.95;
    private static final String[] TAGS = {"orig", "tempo+5", "tempo-5", "pitch+1", "pitch-2"};
    private static final String[] FILTERS = {null, RealCorpus.tempo(1.05), RealCorpus.tempo(0.95),
        RealCorpus.pitch(1), RealCorpus.pitch(-2)};
    /** Excerpts are deterministic and take most of the time to make: kept between runs. */
    private static final Path CACHE = Path.of("target", "analysis-corpus");

    @TempDir
    static Path dir;
    private static final List<AnalysisResult[]> results = new ArrayList<>();
    private static final List<String> names = new ArrayList<>();

    @BeforeAll
    static void analyzeCorpus() throws Exception {
        Files.createDirectories(CACHE);
        List<Path> tracks = RealCorpus.tracks(1_500_000);
        List<Path[]> excerpts = excerpts(tracks);
        AudioIngest ingest = AudioIngest.analysisOnly();
        for (int t = 0; t < tracks.size(); t++) {
            AnalysisResult[] r = new AnalysisResult[FILTERS.length];
            for (int i = 0; i < FILTERS.length; i++) {
                r[i] = ingest.ingest(excerpts.get(t)[i]).analysis();
            }
            results.add(r);
            names.add(RealCorpus.name(tracks.get(t)));
        }
        int song = 0;
        for (Synth.Groove groove : new Synth.Groove[] {Synth.Groove.FOUR_ON_THE_FLOOR, Synth.Groove.BOOM_BAP,
            Synth.Groove.TWO_STEP, Synth.Groove.FOUR_ON_THE_FLOOR}) {
            double bpm = new double[] {124, 92, 172, 138}[song];
            float[] drums = Synth.drums(groove, bpm, 45, song);
            float[] music = Synth.mix(drums, Synth.progression(song * 5 % 12, song % 2 == 1, song, 240 / bpm * 2, 0, 45), 0.5);
            Path wav = Wav.write(dir.resolve("song" + song + ".wav"), music, Synth.RATE, 2);
            AnalysisResult[] r = new AnalysisResult[FILTERS.length];
            for (int i = 0; i < FILTERS.length; i++) {
                r[i] = ingest.ingest(RealCorpus.excerpt(wav, 0, 45, FILTERS[i], TAGS[i], dir)).analysis();
            }
            results.add(r);
            names.add("synth/" + groove.name().toLowerCase(Locale.ROOT) + "-" + bpm);
            song++;
        }
    }

    /** ffmpeg transforms on two threads: on a cold cache this is most of the test's time. */
    private static List<Path[]> excerpts(List<Path> tracks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Path>> jobs = new ArrayList<>();
            for (Path track : tracks) {
                for (int i = 0; i < FILTERS.length; i++) {
                    int v = i;
                    jobs.add(pool.submit(() -> RealCorpus.cachedExcerpt(track, EXCERPT_START, EXCERPT_SECONDS,
                            FILTERS[v], TAGS[v], CACHE)));
                }
            }
            List<Path[]> out = new ArrayList<>();
            for (int t = 0; t < tracks.size(); t++) {
                Path[] versions = new Path[FILTERS.length];
                for (int i = 0; i < FILTERS.length; i++) {
                    versions[i] = jobs.get(t * FILTERS.length + i).get();
                }
                out.add(versions);
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void tempoFollowsAFivePercentChange() {
        int followed = 0, total = 0, followedPulse = 0, totalPulse = 0, tracksWithPulse = 0;
        StringBuilder table = new StringBuilder();
        for (int t = 0; t < results.size(); t++) {
            AnalysisResult[] r = results.get(t);
            double base = r[0].tempo().bpm();
            boolean pulse = r[0].tempo().isReliable();
            tracksWithPulse += pulse ? 1 : 0;
            for (int i = 1; i <= 2; i++) {
                double expected = i == 1 ? 1.05 : 0.95;
                double ratio = r[i].tempo().bpm() / base;
                boolean ok = Math.abs(ratio / expected - 1) <= TEMPO_TOLERANCE;
                followed += ok ? 1 : 0;
                total++;
                followedPulse += ok && pulse ? 1 : 0;
                totalPulse += pulse ? 1 : 0;
                table.append(String.format(Locale.ROOT, "%n%-40s %6.1f (%.2f) -> %6.1f (%.2f) (x%.3f, want x%.2f) %s",
                        names.get(t), base, r[0].tempo().confidence(), r[i].tempo().bpm(), r[i].tempo().confidence(),
                        ratio, expected, ok ? "ok" : "MISS"));
            }
        }
        String summary = String.format(Locale.ROOT, "tempo followed %d/%d = %.1f %% over all %d tracks (target 95 %%);"
                        + " %d tracks have a detectable beat (confidence >= %.2f), on them %d/%d", followed, total,
                100.0 * followed / total, results.size(), tracksWithPulse, 0.08, followedPulse, totalPulse);
        System.out.println(summary + table);
        assertTrue(followed >= TEMPO_TARGET * total, summary + table);
    }

    @Test
    void keyFollowsAPitchShift() {
        int followed = 0, total = 0;
        StringBuilder table = new StringBuilder();
        for (int t = 0; t < results.size(); t++) {
            AnalysisResult[] r = results.get(t);
            KeyEstimate base = r[0].key();
            int[] shifts = {0, 0, 0, 1, -2};
            for (int i = 3; i <= 4; i++) {
                KeyEstimate k = r[i].key();
                boolean ok = base.key() != null && k.key() != null
                        && k.key().equals(base.key().transpose(shifts[i]));
                followed += ok ? 1 : 0;
                total++;
                table.append(String.format(Locale.ROOT, "%n%-40s %4s -> %4s (%+d) %s", names.get(t), base.key(), k.key(),
                        shifts[i], ok ? "ok" : "MISS"));
            }
        }
        String summary = String.format(Locale.ROOT, "key followed %d/%d = %.1f %% over all %d tracks (target 90 %%)",
                followed, total, 100.0 * followed / total, results.size());
        System.out.println(summary + table);
        assertTrue(followed >= KEY_TARGET * total, summary + table);
    }
}
