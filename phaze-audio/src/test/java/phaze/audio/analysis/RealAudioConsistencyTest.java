package phaze.audio.analysis;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import phaze.audio.analysis.key.KeyEstimate;
import phaze.audio.ingest.AudioIngest;

/**
 * On real recordings the right answer is unknown, but a change of the recording must change the
 * answer consistently: tempo +-5 % (pitch kept) moves the BPM by that ratio, a pitch shift of +1 / -2
 * semitones (tempo kept) moves the key by that interval. Targets of issue 4: >= 95 % and >= 90 %.
 * The corpus is orchestral game music, much of it without a steady beat: the tempo target is asserted
 * on the tracks whose tempo confidence says there is a pulse, and a lower floor on all tracks so a
 * regression still fails. Synthesized songs (drums, bass, chords) go through the same ffmpeg
 * transforms as dance-music stand-ins.
 */
class RealAudioConsistencyTest {
    private static final int TRACKS = 12;
    private static final double EXCERPT_START = 30;
    private static final double EXCERPT_SECONDS = 60;
    private static final double TEMPO_TOLERANCE = 0.02;

    /** Regression floor on all tracks, including those without a steady beat (measured: 19/24). */
    private static final double TEMPO_FLOOR_ALL = 0.70;

    @TempDir
    static Path dir;
    private static final List<AnalysisResult[]> results = new ArrayList<>();
    private static final List<String> names = new ArrayList<>();

    @BeforeAll
    static void analyzeCorpus() throws Exception {
        AudioIngest ingest = new AudioIngest();
        String[] filters = {null, RealCorpus.tempo(1.05), RealCorpus.tempo(0.95), RealCorpus.pitch(1),
            RealCorpus.pitch(-2)};
        for (Path track : RealCorpus.tracks(TRACKS, 1_500_000)) {
            AnalysisResult[] r = new AnalysisResult[filters.length];
            for (int i = 0; i < filters.length; i++) {
                Path x = RealCorpus.excerpt(track, EXCERPT_START, EXCERPT_SECONDS, filters[i], "v" + i, dir);
                r[i] = ingest.ingest(x).analysis();
            }
            results.add(r);
            names.add(track.getFileName().toString());
        }
        int song = 0;
        for (Synth.Groove groove : new Synth.Groove[] {Synth.Groove.FOUR_ON_THE_FLOOR, Synth.Groove.BOOM_BAP,
            Synth.Groove.TWO_STEP, Synth.Groove.FOUR_ON_THE_FLOOR}) {
            double bpm = new double[] {124, 92, 172, 138}[song];
            float[] drums = Synth.drums(groove, bpm, 45, song);
            float[] music = Synth.mix(drums, Synth.progression(song * 5 % 12, song % 2 == 1, song, 240 / bpm * 2, 0, 45), 0.5);
            Path wav = Wav.write(dir.resolve("song" + song + ".wav"), music, Synth.RATE, 2);
            AnalysisResult[] r = new AnalysisResult[filters.length];
            for (int i = 0; i < filters.length; i++) {
                Path x = RealCorpus.excerpt(wav, 0, 45, filters[i], "v" + i, dir);
                r[i] = ingest.ingest(x).analysis();
            }
            results.add(r);
            names.add("synth-" + groove.name().toLowerCase() + "-" + bpm);
            song++;
        }
    }

    @Test
    void tempoFollowsAFivePercentChange() {
        int followed = 0, total = 0, followedPulse = 0, totalPulse = 0;
        StringBuilder table = new StringBuilder();
        for (int t = 0; t < results.size(); t++) {
            AnalysisResult[] r = results.get(t);
            double base = r[0].tempo().bpm();
            boolean pulse = r[0].tempo().isReliable();
            for (int i = 1; i <= 2; i++) {
                double expected = i == 1 ? 1.05 : 0.95;
                double ratio = r[i].tempo().bpm() / base;
                boolean ok = Math.abs(ratio / expected - 1) <= TEMPO_TOLERANCE;
                followed += ok ? 1 : 0;
                total++;
                followedPulse += ok && pulse ? 1 : 0;
                totalPulse += pulse ? 1 : 0;
                table.append(String.format(Locale.ROOT, "%n%-32s %6.1f (%.2f) -> %6.1f (%.2f) (x%.3f, want x%.2f) %s",
                        names.get(t), base, r[0].tempo().confidence(), r[i].tempo().bpm(), r[i].tempo().confidence(),
                        ratio, expected, ok ? "ok" : "MISS"));
            }
        }
        String summary = "tempo followed " + followed + "/" + total + " overall, " + followedPulse + "/" + totalPulse
                + " with a reliable pulse";
        System.out.println(summary + table);
        assertTrue(totalPulse >= total / 3, "too few tracks with a reliable pulse: " + summary + table);
        assertTrue(followedPulse >= 0.95 * totalPulse, summary + table);
        assertTrue(followed >= TEMPO_FLOOR_ALL * total, summary + table);
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
                table.append(String.format(Locale.ROOT, "%n%-32s %4s -> %4s (%+d) %s", names.get(t), base.key(), k.key(),
                        shifts[i], ok ? "ok" : "MISS"));
            }
        }
        System.out.println("key followed " + followed + "/" + total + table);
        assertTrue(followed >= 0.90 * total, "key followed " + followed + "/" + total + table);
    }
}
