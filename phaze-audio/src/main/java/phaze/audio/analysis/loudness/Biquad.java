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

    double process(double x) {
        double y = b0 * x + b1 * x1 + b2 * x2 - a1 * y1 - a2 * y2;
        x2 = x1;
        x1 = x;
        y2 = y1;
        // flush denormals: silence after loud passages would otherwise slow the filter a hundredfold
        y1 = Math.abs(y) < 1e-25 ? 0 : y;
        return y1;
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
