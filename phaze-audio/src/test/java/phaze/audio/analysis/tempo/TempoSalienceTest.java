package phaze.audio.analysis.tempo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The tempo prior decides the octave, so its shape is the octave rule: these pin it down. */
class TempoSalienceTest {

    /** Weight of the double tempo against the tempo itself: the salience share the double needs is 1 / this. */
    private static double doubleWeight(double bpm) {
        return TempoSalience.prior(2 * bpm) / TempoSalience.prior(bpm);
    }

    @Test
    void inTheDjRangeTheDoubleNeedsTheSameShareWhateverTheTempo() {
        for (double bpm = TempoSalience.RANGE_LOW_BPM; 2 * bpm <= TempoSalience.RANGE_HIGH_BPM; bpm += 0.5) {
            assertEquals(1 / TempoSalience.DOUBLE_SUPPORT, doubleWeight(bpm), 1e-9, "at " + bpm + " BPM");
        }
    }

    @Test
    void theOctaveWeightHasNoEdge() {
        // the fold it replaced moved the weight by 26 % between 95.9 and 96 BPM; now a 1 % change of
        // tempo moves it by at most 15 % (the steepest place is the low shoulder near 50 BPM)
        for (double bpm = TempoSalience.MIN_BPM; 2.02 * bpm <= TempoSalience.MAX_BPM; bpm += 0.1) {
            double step = Math.abs(Math.log(doubleWeight(bpm * 1.01) / doubleWeight(bpm)));
            assertTrue(step < 0.15, "octave weight moves by " + step + " at " + bpm + " BPM");
        }
    }

    @Test
    void subHarmonicsAndEighthNotesNeedMoreThanTheDjRange() {
        assertTrue(doubleWeight(60) > 1 / TempoSalience.DOUBLE_SUPPORT, "60 BPM leans to 120");
        assertTrue(doubleWeight(110) < 1, "110 BPM does not become 220 on an equal salience");
    }
}
