package phaze.audio.analysis.loudness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static phaze.audio.analysis.Signals.concat;
import static phaze.audio.analysis.Signals.dualMono;
import static phaze.audio.analysis.Signals.sine;

import org.junit.jupiter.api.Test;
import phaze.audio.analysis.Signals;
import phaze.audio.decode.PcmFormat;

/** Reference cases of EBU Tech 3341 (integrated loudness) and Tech 3342 (loudness range). */
class LoudnessMeterTest {
    private static final PcmFormat STEREO = new PcmFormat(Signals.RATE, 2);

    private static LoudnessMeasurement measure(float[] mono) {
        LoudnessMeter meter = new LoudnessMeter(STEREO);
        Signals.stream(dualMono(mono), 2, meter);
        return meter.measurement();
    }

    @Test
    void kWeightingIsUnityNearOneKilohertzAndBoostsHighs() {
        Biquad shelf = KWeighting.shelf(Signals.RATE);
        Biquad hp = KWeighting.highPass(Signals.RATE);
        double at1k = 20 * Math.log10(shelf.gainAt(1000, Signals.RATE) * hp.gainAt(1000, Signals.RATE));
        double at8k = 20 * Math.log10(shelf.gainAt(8000, Signals.RATE) * hp.gainAt(8000, Signals.RATE));
        double at20 = 20 * Math.log10(shelf.gainAt(20, Signals.RATE) * hp.gainAt(20, Signals.RATE));
        assertEquals(0.69, at1k, 0.05);
        assertEquals(4.0, at8k, 0.3);
        assertTrue(at20 < -10, "RLB high-pass attenuates 20 Hz: " + at20);
    }

    @Test
    void case1SineAtMinus23DbfsReadsMinus23Lufs() {
        assertEquals(-23.0, measure(sine(1000, -23, 20)).integratedLufs(), 0.1);
    }

    @Test
    void case2SineAtMinus33DbfsReadsMinus33Lufs() {
        assertEquals(-33.0, measure(sine(1000, -33, 20)).integratedLufs(), 0.1);
    }

    @Test
    void case3RelativeGateIgnoresQuietParts() {
        float[] x = concat(sine(1000, -36, 10), sine(1000, -23, 60), sine(1000, -36, 10));
        assertEquals(-23.0, measure(x).integratedLufs(), 0.1);
    }

    @Test
    void case4AbsoluteGateIgnoresNearSilence() {
        float[] x = concat(sine(1000, -72, 10), sine(1000, -36, 10), sine(1000, -23, 60),
                sine(1000, -36, 10), sine(1000, -72, 10));
        assertEquals(-23.0, measure(x).integratedLufs(), 0.1);
    }

    @Test
    void case5LoudMiddleSection() {
        float[] x = concat(sine(1000, -26, 20), sine(1000, -20, 20.1), sine(1000, -26, 20));
        assertEquals(-23.0, measure(x).integratedLufs(), 0.1);
    }

    @Test
    void loudnessRangeCasesOfTech3342() {
        assertEquals(10, measure(concat(sine(1000, -20, 20), sine(1000, -30, 20))).loudnessRangeLu(), 1);
        assertEquals(5, measure(concat(sine(1000, -20, 20), sine(1000, -15, 20))).loudnessRangeLu(), 1);
        assertEquals(20, measure(concat(sine(1000, -40, 20), sine(1000, -20, 20))).loudnessRangeLu(), 1);
    }

    @Test
    void peaksOfAFullScaleSine() {
        LoudnessMeasurement m = measure(sine(997, -6, 5));
        assertEquals(-6.0, m.samplePeakDbfs(), 0.1);
        assertEquals(-6.0, m.truePeakDbtp(), 0.1);
        assertEquals(-18.0 - m.integratedLufs(), m.replayGainDb(), 1e-9);
    }

    @Test
    void truePeakSeesTheInterSamplePeakOfAQuarterRateSine() {
        // samples of a sine at fs/4 with 45 degrees phase land at 0.707 of the true amplitude
        int n = Signals.RATE * 2;
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = (float) (0.5 * Math.sin(Math.PI / 2 * i + Math.PI / 4));
        }
        LoudnessMeasurement m = measure(x);
        assertEquals(20 * Math.log10(0.5 * Math.sqrt(0.5)), m.samplePeakDbfs(), 0.05);
        assertEquals(20 * Math.log10(0.5), m.truePeakDbtp(), 0.3);
    }

    @Test
    void silenceIsReportedAsSilentNotAsANumber() {
        LoudnessMeasurement m = measure(new float[Signals.RATE * 3]);
        assertTrue(m.isSilent());
        assertEquals(0.0, m.loudnessRangeLu());
    }
}
