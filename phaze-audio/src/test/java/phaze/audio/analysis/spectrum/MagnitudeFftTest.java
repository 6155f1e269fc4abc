package phaze.audio.analysis.spectrum;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MagnitudeFftTest {

    @ParameterizedTest
    @ValueSource(ints = {4, 8, 64, 512, 4096})
    void agreesWithTheDefinitionOfTheDft(int n) {
        Random r = new Random(n);
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = (float) r.nextGaussian();
        }
        float[] m = new float[n / 2 + 1];
        new MagnitudeFft(n).magnitudes(x.clone(), m);
        for (int k = 0; k <= n / 2; k++) {
            double re = 0, im = 0;
            for (int i = 0; i < n; i++) {
                re += x[i] * Math.cos(2 * Math.PI * k * i / n);
                im -= x[i] * Math.sin(2 * Math.PI * k * i / n);
            }
            assertEquals(Math.hypot(re, im), m[k], 1e-3 * Math.sqrt(n), "bin " + k + " of " + n);
        }
    }
}
