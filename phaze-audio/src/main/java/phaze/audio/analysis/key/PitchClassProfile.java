package phaze.audio.analysis.key;

import phaze.audio.analysis.spectrum.SpectrumListener;

/**
 * HPCP-like chroma: spectral peaks between {@value #LOW_HZ} and {@value #HIGH_HZ} Hz, located to a
 * fraction of a bin, folded onto one octave at 10-cent resolution. The fine resolution is what makes
 * it tuning-robust: the tuning (A4 anywhere from about 415 to 465 Hz, e.g. a pitched-up vinyl rip) is
 * read off the histogram before folding into 12 semitone bins centred on it.
 */
public final class PitchClassProfile implements SpectrumListener {
    static final int FINE_BINS = 120;
    private static final double LOW_HZ = 50;
    private static final double HIGH_HZ = 3000;
    /** Frames whose strongest peak is below a -60 dBFS sine are skipped as silence. */
    private static final double SILENT_AMPLITUDE = 0.001;
    private static final float PEAK_FLOOR = 0.01f;

    private final double binHz;
    private final float minPeakMagnitude;
    private final int firstBin;
    private final int lastBin;
    private final double[] global = new double[FINE_BINS];
    private final double[] window = new double[FINE_BINS];
    private final KeyClassifier classifier = new KeyClassifier(KeyProfiles.KRUMHANSL, KeyProfiles.TEMPERLEY);
    private final double[] framePeaks = new double[FINE_BINS];

    public PitchClassProfile(double binHz, int bins) {
        this.binHz = binHz;
        // a sine of amplitude A peaks at A * N / 4 in an N-point Hann frame (N = 2 * (bins - 1))
        this.minPeakMagnitude = (float) (SILENT_AMPLITUDE * (bins - 1) / 2);
        this.firstBin = Math.max(1, (int) (LOW_HZ / binHz));
        this.lastBin = Math.min(bins - 2, (int) (HIGH_HZ / binHz));
    }

    @Override
    public void frame(float[] m) {
        float max = 0;
        for (int k = firstBin; k <= lastBin; k++) {
            max = Math.max(max, m[k]);
        }
        if (max < minPeakMagnitude) {
            return;
        }
        java.util.Arrays.fill(framePeaks, 0);
        double total = 0;
        float floor = max * PEAK_FLOOR;
        for (int k = firstBin; k <= lastBin; k++) {
            float v = m[k];
            if (v < floor || v < m[k - 1] || v <= m[k + 1]) {
                continue;
            }
            total += addPeak(k, m[k - 1], v, m[k + 1]);
        }
        // every sounding frame counts the same, so a loud drop does not outvote a quiet intro's harmony
        for (int i = 0; i < FINE_BINS; i++) {
            double v = framePeaks[i] / total;
            global[i] += v;
            window[i] += v;
        }
    }

    private double addPeak(int k, float left, float centre, float right) {
        double denom = left - 2 * centre + right;
        double offset = denom == 0 ? 0 : 0.5 * (left - right) / denom;
        double hz = (k + offset) * binHz;
        double weight = centre * edgeWeight(hz);
        double semitonesFromC = 12 * Math.log(hz / 440.0) / Math.log(2) + 9;
        double fine = semitonesFromC * 10 % FINE_BINS;
        if (fine < 0) {
            fine += FINE_BINS;
        }
        int lo = (int) fine;
        double f = fine - lo;
        framePeaks[lo % FINE_BINS] += weight * (1 - f);
        framePeaks[(lo + 1) % FINE_BINS] += weight * f;
        return weight;
    }

    /**
     * Half-cosine ramps over the lowest and highest octave of the range: with hard edges a pitch shift
     * moves partials in or out of the range and the key can flip between relative major and minor.
     */
    private static double edgeWeight(double hz) {
        if (hz >= 2 * LOW_HZ && hz <= HIGH_HZ / 2) {
            return 1; // the common case, without logarithms
        }
        double fromLow = Math.log(hz / LOW_HZ) / Math.log(2);
        double fromHigh = Math.log(HIGH_HZ / hz) / Math.log(2);
        double w = 1;
        if (fromLow < 1) {
            w *= 0.5 - 0.5 * Math.cos(Math.PI * Math.max(0, fromLow));
        }
        if (fromHigh < 1) {
            w *= 0.5 - 0.5 * Math.cos(Math.PI * Math.max(0, fromHigh));
        }
        return w;
    }

    /** Key of the frames since the previous call, using the tuning learned so far. */
    public KeyEstimate closeWindow() {
        KeyEstimate k = classifier.classify(fold(window, tuningBins(global)));
        java.util.Arrays.fill(window, 0);
        return k;
    }

    public KeyEstimate estimate() {
        return classifier.classify(fold(global, tuningBins(global)));
    }

    /** Circular mean of where energy falls within a semitone, in fine bins (-5 .. +5). */
    static double tuningBins(double[] fine) {
        double re = 0, im = 0;
        for (int i = 0; i < FINE_BINS; i++) {
            double angle = 2 * Math.PI * (i % 10) / 10.0;
            re += fine[i] * Math.cos(angle);
            im += fine[i] * Math.sin(angle);
        }
        if (re == 0 && im == 0) {
            return 0;
        }
        return Math.atan2(im, re) / (2 * Math.PI) * 10;
    }

    /** 12 semitone bins centred on the tuning, each a triangular sum over +-50 cents. */
    static double[] fold(double[] fine, double tuningBins) {
        double[] chroma = new double[12];
        for (int pc = 0; pc < 12; pc++) {
            double centre = pc * 10 + tuningBins;
            for (int d = -5; d <= 5; d++) {
                int bin = (int) Math.round(centre) + d;
                double dist = Math.abs(bin - centre);
                double weight = Math.max(0, 1 - dist / 5.5);
                chroma[pc] += weight * fine[Math.floorMod(bin, FINE_BINS)];
            }
        }
        return chroma;
    }
}
