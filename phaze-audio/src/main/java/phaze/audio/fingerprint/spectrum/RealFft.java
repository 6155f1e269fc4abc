package phaze.audio.fingerprint.spectrum;

/**
 * In-place radix-2 FFT of a real frame, returning the power spectrum. Small and allocation-free:
 * the fingerprint front end runs one per 16 ms of audio and must stay far above real time.
 * <p>
 * Every hash of every index depends on these powers to the last bit, so the arithmetic is that of
 * the plain complex butterfly {@code t = w * x[b]; x[b] = x[a] - t; x[a] += t} with twiddles
 * {@code cos/sin(-2 pi k / n)} in double. Only operations whose result is known exactly are left
 * out: the imaginary parts of a real input before the third stage (zero), products with the
 * twiddle (1, -0) of k = 0, and the upper half of the last stage, whose bins are never read.
 * Skipping them changes at most the sign of a zero, which no power can see.
 */
final class RealFft {
    private final int n;
    /** Twiddles of each stage, contiguous: {@code stageCos[s][k] = cos(-2 pi k / size)} with size = 2^(s+1). */
    private final double[][] stageCos;
    private final double[][] stageSin;
    private final int[] bitReverse;
    private final double[] re;
    private final double[] im;

    RealFft(int n) {
        if (Integer.bitCount(n) != 1 || n < 8) {
            throw new IllegalArgumentException("FFT size must be a power of two >= 8: " + n);
        }
        this.n = n;
        int stages = Integer.numberOfTrailingZeros(n);
        stageCos = new double[stages][];
        stageSin = new double[stages][];
        for (int s = 0; s < stages; s++) {
            int half = 1 << s;
            int step = n / (2 * half);
            stageCos[s] = new double[half];
            stageSin[s] = new double[half];
            for (int k = 0; k < half; k++) {
                // the same argument as a table of n/2 entries indexed k * step: the same doubles
                stageCos[s][k] = Math.cos(-2 * Math.PI * (k * step) / n);
                stageSin[s][k] = Math.sin(-2 * Math.PI * (k * step) / n);
            }
        }
        bitReverse = new int[n];
        for (int i = 0; i < n; i++) {
            bitReverse[i] = Integer.reverse(i) >>> (32 - stages);
        }
        re = new double[n];
        im = new double[n];
    }

    /** Power of bins 0..n/2-1 of {@code frame} (already windowed) into {@code power}. */
    void power(float[] frame, float[] power) {
        realStages(frame);
        int stages = stageCos.length;
        for (int s = 2; s < stages - 1; s++) {
            stage(1 << s, stageCos[s], stageSin[s]);
        }
        lastStage(power);
    }

    /** Stages 1 and 2 on the bit-reversed real input, where every imaginary part is still zero. */
    private void realStages(float[] frame) {
        double[] c = stageCos[1];
        double[] s = stageSin[1];
        for (int start = 0; start < n; start += 4) {
            // stage 1 (size 2), twiddle (1, -0)
            double x0 = frame[bitReverse[start]];
            double x1 = frame[bitReverse[start + 1]];
            double x2 = frame[bitReverse[start + 2]];
            double x3 = frame[bitReverse[start + 3]];
            double a0 = x0 + x1;
            double a1 = x0 - x1;
            double b0 = x2 + x3;
            double b1 = x2 - x3;
            // stage 2 (size 4): t = w * b with b real
            double tr0 = b0 * c[0];
            double ti0 = b0 * s[0];
            double tr1 = b1 * c[1];
            double ti1 = b1 * s[1];
            re[start] = a0 + tr0;
            im[start] = ti0;
            re[start + 2] = a0 - tr0;
            im[start + 2] = -ti0;
            re[start + 1] = a1 + tr1;
            im[start + 1] = ti1;
            re[start + 3] = a1 - tr1;
            im[start + 3] = -ti1;
        }
    }

    private void stage(int half, double[] cos, double[] sin) {
        int size = 2 * half;
        for (int start = 0; start < n; start += size) {
            int a = start;
            int b = start + half;
            double tr = re[b];
            double ti = im[b];
            re[b] = re[a] - tr;
            im[b] = im[a] - ti;
            re[a] += tr;
            im[a] += ti;
            for (int k = 1; k < half; k++) {
                a = start + k;
                b = a + half;
                double wr = cos[k];
                double wi = sin[k];
                tr = re[b] * wr - im[b] * wi;
                ti = re[b] * wi + im[b] * wr;
                re[b] = re[a] - tr;
                im[b] = im[a] - ti;
                re[a] += tr;
                im[a] += ti;
            }
        }
    }

    /** The final stage only for bins 0..n/2-1, straight into their power. */
    private void lastStage(float[] power) {
        int half = n / 2;
        double[] cos = stageCos[stageCos.length - 1];
        double[] sin = stageSin[stageSin.length - 1];
        double r0 = re[0] + re[half];
        double i0 = im[0] + im[half];
        power[0] = (float) (r0 * r0 + i0 * i0);
        for (int k = 1; k < half; k++) {
            int b = k + half;
            double wr = cos[k];
            double wi = sin[k];
            double tr = re[b] * wr - im[b] * wi;
            double ti = re[b] * wi + im[b] * wr;
            double r = re[k] + tr;
            double i = im[k] + ti;
            power[k] = (float) (r * r + i * i);
        }
    }
}
