package phaze.audio.fingerprint.spectrum;

/**
 * In-place radix-2 FFT of a real frame, returning the power spectrum. Small and allocation-free:
 * the fingerprint front end runs one per 16 ms of audio and must stay far above real time.
 */
final class RealFft {
    private final int n;
    private final double[] cos;
    private final double[] sin;
    private final int[] bitReverse;
    private final double[] re;
    private final double[] im;

    RealFft(int n) {
        if (Integer.bitCount(n) != 1) {
            throw new IllegalArgumentException("FFT size must be a power of two: " + n);
        }
        this.n = n;
        cos = new double[n / 2];
        sin = new double[n / 2];
        for (int i = 0; i < n / 2; i++) {
            cos[i] = Math.cos(-2 * Math.PI * i / n);
            sin[i] = Math.sin(-2 * Math.PI * i / n);
        }
        bitReverse = new int[n];
        int bits = Integer.numberOfTrailingZeros(n);
        for (int i = 0; i < n; i++) {
            bitReverse[i] = Integer.reverse(i) >>> (32 - bits);
        }
        re = new double[n];
        im = new double[n];
    }

    /** Power of bins 0..n/2-1 of {@code frame} (already windowed) into {@code power}. */
    void power(float[] frame, float[] power) {
        for (int i = 0; i < n; i++) {
            re[bitReverse[i]] = frame[i];
            im[i] = 0;
        }
        for (int size = 2; size <= n; size <<= 1) {
            int half = size >> 1;
            int step = n / size;
            for (int start = 0; start < n; start += size) {
                for (int k = 0; k < half; k++) {
                    double wr = cos[k * step];
                    double wi = sin[k * step];
                    int a = start + k;
                    int b = a + half;
                    double tr = re[b] * wr - im[b] * wi;
                    double ti = re[b] * wi + im[b] * wr;
                    re[b] = re[a] - tr;
                    im[b] = im[a] - ti;
                    re[a] += tr;
                    im[a] += ti;
                }
            }
        }
        for (int k = 0; k < n / 2; k++) {
            power[k] = (float) (re[k] * re[k] + im[k] * im[k]);
        }
    }
}
