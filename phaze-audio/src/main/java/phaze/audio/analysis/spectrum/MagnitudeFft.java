package phaze.audio.analysis.spectrum;

/**
 * Magnitude spectrum of a real frame whose length is a power of two: an iterative radix-2 complex
 * FFT of half the length on the even/odd samples packed as real/imaginary parts, then the standard
 * split into the real signal's bins. Written here rather than taken from a library so that the
 * phaze-audio jar keeps running without dependencies.
 */
final class MagnitudeFft {
    private final int n;
    private final int half;
    private final int[] bitReverse;
    private final float[] cos;
    private final float[] sin;
    private final float[] splitCos;
    private final float[] splitSin;
    private final float[] re;
    private final float[] im;

    MagnitudeFft(int n) {
        if (n < 4 || Integer.bitCount(n) != 1) {
            throw new IllegalArgumentException("FFT size must be a power of two >= 4: " + n);
        }
        this.n = n;
        this.half = n / 2;
        this.re = new float[half];
        this.im = new float[half];
        this.bitReverse = new int[half];
        int bits = Integer.numberOfTrailingZeros(half);
        for (int i = 0; i < half; i++) {
            bitReverse[i] = bits == 0 ? 0 : Integer.reverse(i) >>> (32 - bits);
        }
        this.cos = new float[half / 2 + 1];
        this.sin = new float[half / 2 + 1];
        for (int i = 0; i < cos.length; i++) {
            cos[i] = (float) Math.cos(2 * Math.PI * i / half);
            sin[i] = (float) -Math.sin(2 * Math.PI * i / half);
        }
        this.splitCos = new float[half + 1];
        this.splitSin = new float[half + 1];
        for (int k = 0; k <= half; k++) {
            splitCos[k] = (float) Math.cos(2 * Math.PI * k / n);
            splitSin[k] = (float) -Math.sin(2 * Math.PI * k / n);
        }
    }

    /** Writes |X[k]| for k = 0 .. n/2 into {@code magnitudes} (length n/2 + 1). */
    void magnitudes(float[] frame, float[] magnitudes) {
        for (int i = 0; i < half; i++) {
            int j = bitReverse[i];
            re[j] = frame[2 * i];
            im[j] = frame[2 * i + 1];
        }
        butterflies();
        for (int k = 0; k <= half; k++) {
            int a = k == half ? 0 : k;
            int b = k == 0 ? 0 : half - k;
            // even part E = (Z[k] + conj Z[N/2-k]) / 2, odd part O = (Z[k] - conj Z[N/2-k]) / 2i
            float er = 0.5f * (re[a] + re[b]);
            float ei = 0.5f * (im[a] - im[b]);
            float or = 0.5f * (im[a] + im[b]);
            float oi = -0.5f * (re[a] - re[b]);
            float wr = splitCos[k];
            float wi = splitSin[k];
            float xr = er + wr * or - wi * oi;
            float xi = ei + wr * oi + wi * or;
            magnitudes[k] = (float) Math.sqrt(xr * xr + xi * xi);
        }
    }

    private void butterflies() {
        // first stage: twiddle 1, no multiplications
        for (int p = 0; p < half; p += 2) {
            float tr = re[p + 1];
            float ti = im[p + 1];
            re[p + 1] = re[p] - tr;
            im[p + 1] = im[p] - ti;
            re[p] += tr;
            im[p] += ti;
        }
        for (int size = 4; size <= half; size <<= 1) {
            int halfSize = size >> 1;
            int stride = half / size;
            // twiddle outermost: loaded once per stage position, not once per butterfly
            for (int j = 0; j < halfSize; j++) {
                float wr = cos[j * stride];
                float wi = sin[j * stride];
                for (int p = j; p < half; p += size) {
                    int q = p + halfSize;
                    float tr = wr * re[q] - wi * im[q];
                    float ti = wr * im[q] + wi * re[q];
                    re[q] = re[p] - tr;
                    im[q] = im[p] - ti;
                    re[p] += tr;
                    im[p] += ti;
                }
            }
        }
    }
}
