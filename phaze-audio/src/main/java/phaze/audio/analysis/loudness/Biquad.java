package phaze.audio.analysis.loudness;

/** One second-order IIR section in direct form I; state per channel is kept by the caller's instance. */
final class Biquad {
    private final double b0, b1, b2, a1, a2;
    private double x1, x2, y1, y2;

    Biquad(double b0, double b1, double b2, double a1, double a2) {
        this.b0 = b0;
        this.b1 = b1;
        this.b2 = b2;
        this.a1 = a1;
        this.a2 = a2;
    }

    Biquad copy() {
        return new Biquad(b0, b1, b2, a1, a2);
    }

    /**
     * This section followed by {@code next}, over {@code n} samples {@code in[offset + k * stride]}
     * (one channel of an interleaved block) into {@code out[k]}. Both sections' state is held in locals:
     * kept in registers, the two recurrences overlap in the CPU instead of waiting on stores and loads
     * of the fields for every sample.
     */
    void cascade(Biquad next, float[] in, int offset, int stride, int n, double[] out) {
        double px1 = x1, px2 = x2, py1 = y1, py2 = y2;
        double qx1 = next.x1, qx2 = next.x2, qy1 = next.y1, qy2 = next.y2;
        double pb0 = b0, pb1 = b1, pb2 = b2, pa1 = a1, pa2 = a2;
        double qb0 = next.b0, qb1 = next.b1, qb2 = next.b2, qa1 = next.a1, qa2 = next.a2;
        for (int k = 0, i = offset; k < n; k++, i += stride) {
            double x = in[i];
            double y = pb0 * x + pb1 * px1 + pb2 * px2 - pa1 * py1 - pa2 * py2;
            px2 = px1;
            px1 = x;
            py2 = py1;
            // flush denormals: silence after loud passages would otherwise slow the filter a hundredfold
            py1 = Math.abs(y) < 1e-25 ? 0 : y;
            double z = qb0 * py1 + qb1 * qx1 + qb2 * qx2 - qa1 * qy1 - qa2 * qy2;
            qx2 = qx1;
            qx1 = py1;
            qy2 = qy1;
            qy1 = Math.abs(z) < 1e-25 ? 0 : z;
            out[k] = qy1;
        }
        keep(px1, px2, py1, py2);
        next.keep(qx1, qx2, qy1, qy2);
    }

    private void keep(double x1, double x2, double y1, double y2) {
        this.x1 = x1;
        this.x2 = x2;
        this.y1 = y1;
        this.y2 = y2;
    }

    /** Magnitude response at {@code f} Hz, for tests of the filter design. */
    double gainAt(double f, double sampleRate) {
        double w = 2 * Math.PI * f / sampleRate;
        double cr = Math.cos(w), ci = -Math.sin(w), c2r = Math.cos(2 * w), c2i = -Math.sin(2 * w);
        double nr = b0 + b1 * cr + b2 * c2r, ni = b1 * ci + b2 * c2i;
        double dr = 1 + a1 * cr + a2 * c2r, di = a1 * ci + a2 * c2i;
        return Math.sqrt((nr * nr + ni * ni) / (dr * dr + di * di));
    }
}
