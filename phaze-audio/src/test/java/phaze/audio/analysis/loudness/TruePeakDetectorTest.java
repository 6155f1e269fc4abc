package phaze.audio.analysis.loudness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The block path (quiet runs only pass through the history) gives the frame-by-frame result to the bit. */
class TruePeakDetectorTest {

    @Test
    void blocksEqualFrameByFrameOnSignalsThatRiseFallAndJump() {
        Random random = new Random(7);
        for (int trial = 0; trial < 200; trial++) {
            int channels = 1 + random.nextInt(3);
            float[] signal = signal(random, channels, 500 + random.nextInt(6000));
            int frames = signal.length / channels;

            TruePeakDetector oneByOne = new TruePeakDetector(channels);
            double samplePeak = 0;
            for (int f = 0, i = 0; f < frames; f++) {
                for (int c = 0; c < channels; c++, i++) {
                    oneByOne.accept(c, signal[i]);
                    if (Math.abs(signal[i]) > samplePeak) {
                        samplePeak = Math.abs(signal[i]);
                    }
                }
                oneByOne.nextFrame();
            }

            TruePeakDetector blocks = new TruePeakDetector(channels);
            for (int f = 0; f < frames; ) {
                int n = Math.min(frames - f, 1 + random.nextInt(700)); // odd block sizes, as sub-blocks cut them
                blocks.accept(signal, f * channels, n);
                f += n;
            }
            assertEquals(oneByOne.peak(), blocks.peak(), "true peak, trial " + trial);
            assertEquals(samplePeak, blocks.samplePeak(), "sample peak, trial " + trial);
        }
    }

    /** Quiet stretches, crescendos, lone spikes, near-Nyquist bursts (inter-sample peaks), NaN and silence. */
    private static float[] signal(Random random, int channels, int frames) {
        float[] s = new float[frames * channels];
        double level = 0.01;
        for (int f = 0; f < frames; f++) {
            if (random.nextInt(400) == 0) {
                level = Math.pow(10, -3 * random.nextDouble()); // a jump to anywhere between -60 and 0 dB
            }
            level = Math.min(1.0, level * (1 + 0.002 * random.nextGaussian()));
            for (int c = 0; c < channels; c++) {
                double x = level * (random.nextInt(50) == 0
                        ? Math.sin(0.45 * Math.PI * f + c) // near Nyquist: peaks between the samples
                        : random.nextGaussian() * 0.3);
                s[f * channels + c] = (float) x;
            }
            if (random.nextInt(3000) == 0) {
                s[f * channels] = random.nextBoolean() ? Float.NaN : (float) (level * 3);
            }
        }
        if (random.nextBoolean()) {
            java.util.Arrays.fill(s, 0, Math.min(s.length, 200 * channels), 0f); // silence first: gate is 0
        }
        return s;
    }
}
