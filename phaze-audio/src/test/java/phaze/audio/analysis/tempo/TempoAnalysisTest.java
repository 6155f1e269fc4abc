package phaze.audio.analysis.tempo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import phaze.audio.analysis.AnalysisResult;
import phaze.audio.analysis.MusicAnalyzer;
import phaze.audio.analysis.Signals;
import phaze.audio.analysis.Synth;
import phaze.audio.decode.PcmFormat;

/** Drum patterns and click tracks at the tempos DJs care about, with and without harmony on top. */
class TempoAnalysisTest {

    static AnalysisResult analyze(float[] mono) {
        MusicAnalyzer analyzer = new MusicAnalyzer(new PcmFormat(Signals.RATE, 2));
        Signals.stream(Signals.dualMono(mono), 2, analyzer);
        return analyzer.result();
    }

    @ParameterizedTest(name = "{0} at {1} BPM")
    @CsvSource({
        "CLICK, 90", "CLICK, 120", "CLICK, 128", "CLICK, 140", "CLICK, 174",
        "BOOM_BAP, 90", "FOUR_ON_THE_FLOOR, 120", "FOUR_ON_THE_FLOOR, 128", "FOUR_ON_THE_FLOOR, 140",
        "TWO_STEP, 174"})
    void findsTheTempoWithinTwoPercent(Synth.Groove groove, double bpm) {
        float[] drums = Synth.drums(groove, bpm, 40, 7);
        float[] music = Synth.mix(drums, Synth.progression(9, true, 1, 4 * 60 / bpm * 2, 0, 40), 0.5);
        AnalysisResult r = analyze(music);
        TempoEstimate t = r.tempo();
        assertEquals(bpm, t.bpm(), bpm * 0.02, "tempo " + t);
        // the comb salience at the reported tempo: two-step breaks at 174 read about 0.27 (their
        // half-tempo comb is stronger), the other grooves 0.39-0.45, white noise < 0.01
        assertTrue(t.confidence() > 0.25, "confidence " + t);
        assertTrue(Math.abs(t.alternativeBpm() - bpm * 2) < 1 || Math.abs(t.alternativeBpm() - bpm / 2) < 1,
                "alternative is the half or double: " + t);
    }

    @ParameterizedTest(name = "beat grid at {0} BPM")
    @CsvSource({"120", "174"})
    void beatGridLandsOnTheClicks(double bpm) {
        AnalysisResult r = analyze(Synth.drums(Synth.Groove.CLICK, bpm, 30, 1));
        BeatGrid grid = r.beatGrid();
        double period = 60 / bpm;
        assertEquals(period, grid.periodSeconds(), period * 0.02);
        assertTrue(grid.beatsSeconds().size() >= 30 / period - 3, "beats " + grid.beatsSeconds().size());
        for (double beat : grid.beatsSeconds()) {
            double phase = beat / period - Math.round(beat / period);
            assertEquals(0, phase * period, 0.035, "beat at " + beat + " is off the click grid");
        }
    }
}
