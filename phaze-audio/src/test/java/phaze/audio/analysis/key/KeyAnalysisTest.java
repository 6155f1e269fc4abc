package phaze.audio.analysis.key;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import phaze.audio.analysis.AnalysisResult;
import phaze.audio.analysis.MusicAnalyzer;
import phaze.audio.analysis.Signals;
import phaze.audio.analysis.Synth;
import phaze.audio.decode.PcmFormat;

/** Chord progressions in all 24 keys, some detuned as a pitched vinyl rip would be. */
class KeyAnalysisTest {

    static AnalysisResult analyze(float[] mono) {
        MusicAnalyzer analyzer = new MusicAnalyzer(new PcmFormat(Signals.RATE, 2));
        Signals.stream(Signals.dualMono(mono), 2, analyzer);
        return analyzer.result();
    }

    @Test
    void namesAllTwentyFourKeysWithDetuning() {
        double[] tunings = {0, 30, -40, 15};
        List<String> wrong = new ArrayList<>();
        int cases = 0;
        for (int tonic = 0; tonic < 12; tonic++) {
            for (boolean minor : new boolean[] {false, true}) {
                int variant = tonic % 3;
                double tuning = tunings[(tonic + (minor ? 1 : 0)) % tunings.length];
                float[] music = Synth.progression(tonic, minor, variant, 2, tuning, 16);
                MusicalKey expected = new MusicalKey(tonic, minor ? Mode.MINOR : Mode.MAJOR);
                KeyEstimate found = analyze(music).key();
                cases++;
                if (!expected.equals(found.key()) || !found.isClear()) {
                    wrong.add(expected + " (" + tuning + " ct, variant " + variant + ") -> " + found);
                }
            }
        }
        assertTrue(wrong.size() <= cases * 0.05, "wrong keys: " + wrong);
    }

    @Test
    void keyFollowsATransposition() {
        KeyEstimate original = analyze(Synth.progression(7, false, 1, 2, 0, 16)).key();
        KeyEstimate up = analyze(Synth.progression(8, false, 1, 2, 0, 16)).key();
        KeyEstimate down = analyze(Synth.progression(5, false, 1, 2, 0, 16)).key();
        assertEquals(1, up.key().semitonesFrom(original.key()));
        assertEquals(10, down.key().semitonesFrom(original.key()));
    }

    @Test
    void noiseAndSilenceHaveNoClearKey() {
        assertFalse(analyze(Signals.noise(10, 3, 0.3)).key().isClear(), "white noise");
        KeyEstimate silence = analyze(new float[Signals.RATE * 5]).key();
        assertFalse(silence.isClear());
        assertEquals(0.0, silence.confidence());
    }

    @Test
    void notations() {
        assertEquals("8B", MusicalKey.parse("C").camelot());
        assertEquals("1d", MusicalKey.parse("C").openKey());
        assertEquals("8A", MusicalKey.parse("Am").camelot());
        assertEquals("1m", MusicalKey.parse("Am").openKey());
        assertEquals("5A", MusicalKey.parse("Cm").camelot());
        assertEquals("2B", MusicalKey.parse("F#").camelot());
        assertEquals("7B", MusicalKey.parse("F").camelot());
        assertEquals("12B", MusicalKey.parse("E").camelot());
        assertEquals("4A", MusicalKey.parse("Fm").camelot());
        assertEquals("6d", MusicalKey.parse("B").openKey());
        assertEquals("Ebm", MusicalKey.parse("Ebm").shortName());
    }
}
