package phaze.audio.analysis.loudness;

/**
 * The K-weighting of ITU-R BS.1770-4 (a high shelf for the head, then the RLB high-pass), designed
 * from the analog prototypes so that it is correct at any sample rate, not only at the 48 kHz for which
 * the recommendation prints coefficients. Phaze analyses at 22050 Hz (see ADR 030).
 */
final class KWeighting {
    private static final double SHELF_F0 = 1681.974450955533;
    private static final double SHELF_GAIN_DB = 3.999843853973347;
    private static final double SHELF_Q = 0.7071752369554196;
    private static final double HIGHPASS_F0 = 38.13547087602444;
    private static final double HIGHPASS_Q = 0.5003270373238773;

    private KWeighting() {
    }

    static Biquad shelf(double sampleRate) {
        double k = Math.tan(Math.PI * SHELF_F0 / sampleRate);
        double vh = Math.pow(10.0, SHELF_GAIN_DB / 20.0);
        double vb = Math.pow(vh, 0.4996667741545416);
        double a0 = 1.0 + k / SHELF_Q + k * k;
        return new Biquad(
                (vh + vb * k / SHELF_Q + k * k) / a0,
                2.0 * (k * k - vh) / a0,
                (vh - vb * k / SHELF_Q + k * k) / a0,
                2.0 * (k * k - 1.0) / a0,
                (1.0 - k / SHELF_Q + k * k) / a0);
    }

    static Biquad highPass(double sampleRate) {
        double k = Math.tan(Math.PI * HIGHPASS_F0 / sampleRate);
        double a0 = 1.0 + k / HIGHPASS_Q + k * k;
        return new Biquad(1.0, -2.0, 1.0,
                2.0 * (k * k - 1.0) / a0,
                (1.0 - k / HIGHPASS_Q + k * k) / a0);
    }
}
