package phaze.audio.analysis.tempo;

/**
 * Tempo from an autocorrelation of the onset envelope, as a comb: the salience of a tempo is the mean
 * normalized autocorrelation at its beat period and the next seven multiples, so a true beat (which
 * repeats at every multiple) beats an off-beat hi-hat (which does not). The comb cannot tell a tempo
 * from its half (both repeat at the long lags), so the salience is weighted by a tempo prior, and that
 * prior alone settles the octave (ADR 031):
 * <ul>
 * <li>between {@value #RANGE_LOW_BPM} and {@value #RANGE_HIGH_BPM} BPM it is a power law chosen so that
 * a double tempo wins when it keeps {@value #DOUBLE_SUPPORT} of the salience, wherever the pair lies: a
 * drum-and-bass break autocorrelates like 87 BPM yet every DJ calls it 174, boom-bap at 90 keeps its
 * weaker half-beat and stays 90. The same slant settles 3:2 near-ties toward the faster reading;</li>
 * <li>outside that range it falls off as a log-Gaussian ({@value #LOW_SHOULDER_OCTAVES} and
 * {@value #HIGH_SHOULDER_OCTAVES} octaves), so 60-BPM sub-harmonics and 200-BPM eighth notes need clearly
 * more salience to win.</li>
 * </ul>
 * The prior is smooth in log-tempo: a 5 % time-stretch does not move the weight of a tempo against its
 * double inside the range and moves it by about 14 % around 100 BPM and 16-38 % at 70-60 BPM (the
 * shoulders), never by a jump: the fold below 96 BPM that preceded it moved it by 26 % within 0.1 BPM
 * and flipped 100-BPM tracks slowed to 95 into 190. The other octave stays in
 * {@link TempoEstimate#alternativeBpm()}.
 */
final class TempoSalience {
    static final double MIN_BPM = 50;
    static final double MAX_BPM = 220;
    /** Within the DJ range, the share of a tempo's salience its double needs to win. */
    static final double DOUBLE_SUPPORT = 0.845;
    static final double RANGE_LOW_BPM = 80;
    static final double RANGE_HIGH_BPM = 177.5;
    private static final double LOW_SHOULDER_OCTAVES = 0.3;
    private static final double HIGH_SHOULDER_OCTAVES = 0.3;
    private static final int MULTIPLES = 8;
    private static final double STEP_BPM = 0.1;
    private static final int STEPS = (int) Math.round((MAX_BPM - MIN_BPM) / STEP_BPM) + 1;
    /** The prior on the BPM grid, computed once: the estimate per window stays a multiply per step. */
    private static final double[] PRIOR = priorOnGrid();

    private TempoSalience() {
    }

    static int maxLag(double frameRate) {
        return (int) Math.ceil(MULTIPLES * 60.0 * frameRate / MIN_BPM) + 2;
    }

    /** @param acf autocorrelation normalized to acf[0] == 1, length {@link #maxLag} */
    static TempoEstimate estimate(double[] acf, double frameRate) {
        double[] salience = new double[STEPS];
        int best = -1;
        double bestScore = 0;
        for (int i = 0; i < STEPS; i++) {
            salience[i] = salience(acf, frameRate, MIN_BPM + i * STEP_BPM);
            double score = salience[i] * PRIOR[i];
            if (score > bestScore) {
                bestScore = score;
                best = i;
            }
        }
        if (best < 0) {
            return TempoEstimate.unknown();
        }
        double bpm = refine(salience, best);
        double confidence = Math.max(0, Math.min(1, salience[best]));
        double half = salience(acf, frameRate, bpm / 2);
        double twice = bpm * 2 <= MAX_BPM * 1.5 ? salience(acf, frameRate, bpm * 2) : 0;
        boolean doubleInRange = bpm * 2 <= MAX_BPM;
        double alternative = bpm / 2 < MIN_BPM || (doubleInRange && twice >= half) ? bpm * 2 : bpm / 2;
        return new TempoEstimate(round(bpm), confidence, round(alternative));
    }

    static double salience(double[] acf, double frameRate, double bpm) {
        double period = 60.0 * frameRate / bpm;
        double sum = 0;
        for (int k = 1; k <= MULTIPLES; k++) {
            sum += interpolate(acf, k * period);
        }
        return sum / MULTIPLES;
    }

    /** Relative weight of a tempo before the audio is heard; see the class comment. */
    static double prior(double bpm) {
        double slant = -log2(DOUBLE_SUPPORT) * log2(bpm / RANGE_LOW_BPM);
        double below = Math.max(0, log2(RANGE_LOW_BPM / bpm)) / LOW_SHOULDER_OCTAVES;
        double above = Math.max(0, log2(bpm / RANGE_HIGH_BPM)) / HIGH_SHOULDER_OCTAVES;
        return Math.exp(slant * Math.log(2) - 0.5 * (below * below + above * above));
    }

    private static double[] priorOnGrid() {
        double[] p = new double[STEPS];
        for (int i = 0; i < STEPS; i++) {
            p[i] = prior(MIN_BPM + i * STEP_BPM);
        }
        return p;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    private static double refine(double[] s, int i) {
        double bpm = MIN_BPM + i * STEP_BPM;
        if (i == 0 || i == s.length - 1) {
            return bpm;
        }
        double denom = s[i - 1] - 2 * s[i] + s[i + 1];
        double shift = denom == 0 ? 0 : 0.5 * (s[i - 1] - s[i + 1]) / denom;
        return bpm + Math.max(-0.5, Math.min(0.5, shift)) * STEP_BPM;
    }

    private static double interpolate(double[] acf, double lag) {
        int i = (int) lag;
        if (i + 1 >= acf.length) {
            return 0;
        }
        double f = lag - i;
        return acf[i] * (1 - f) + acf[i + 1] * f;
    }

    private static double round(double bpm) {
        return Math.round(bpm * 10) / 10.0;
    }
}
