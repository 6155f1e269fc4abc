package phaze.audio.fingerprint.spectrum;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The block algorithm must give exactly the plain scan's maxima: every stored fingerprint depends on them. */
class SlidingMaxTest {
    @Test
    void equalsThePlainScanForEveryWidthAndEdge() {
        Random random = new Random(42);
        for (int radius : new int[] {1, 3, 9}) {
            for (int bins = 1; bins <= 120; bins++) {
                SlidingMax max = new SlidingMax(bins, radius);
                for (int trial = 0; trial < 20; trial++) {
                    float[] v = new float[bins];
                    for (int b = 0; b < bins; b++) {
                        // few distinct values, so ties are common; now and then a NaN
                        v[b] = random.nextInt(50) == 0 ? Float.NaN : random.nextInt(8) - 4;
                    }
                    float[] result = new float[bins];
                    max.apply(v, result);
                    for (int b = 0; b < bins; b++) {
                        assertEquals(plain(v, b, radius), result[b],
                                "bins " + bins + ", radius " + radius + ", bin " + b);
                    }
                }
            }
        }
    }

    private static float plain(float[] v, int b, int radius) {
        float best = Float.NEGATIVE_INFINITY;
        for (int k = Math.max(0, b - radius); k <= Math.min(v.length - 1, b + radius); k++) {
            if (v[k] > best) {
                best = v[k];
            }
        }
        return best;
    }
}
