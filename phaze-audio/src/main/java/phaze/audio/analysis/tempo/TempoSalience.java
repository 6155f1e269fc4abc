package phaze.audio.analysis.tempo;

/**
 * Tempo from an autocorrelation of the onset envelope, as a comb: the salience of a tempo is the mean
 * normalized autocorrelation at its beat period and the next three multiples, so a true beat (which
 * repeats at every multiple) beats an off-beat hi-hat (which does not). A log-normal preference around
 * {@value #PREFERRED_BPM} BPM settles octave ties, centred higher than Ellis' 120. The octave is then
 * folded into the DJ range {@value #FOLD_BELOW}..{@value #FOLD_CEILING} BPM when the double tempo is
 * also supported by the audio: a drum-and-bass break has the autocorrelation of 87 BPM (its pattern
 * repeats every two beats) yet every DJ calls it 174. Half-time alternatives stay in
 * {@link TempoEstimate#alternativeBpm()}.
 */
final class TempoSalience {
    static final double MIN_BPM = 50;
    static final double MAX_BPM = 220;
    static final double PREFERRED_BPM = 130;
    static final double FOLD_BELOW = 96;
    static final double FOLD_CEILING = 192;
    /** The double tempo must reach this share of the found tempo's salience to be preferred. */
    private static final double FOLD_SUPPORT = 0.843;
    private static final double PRIOR_OCTAVES = 1.0;
    private static final int MULTIPLES = 8;
    private static final double STEP_BPM = 0.1;

    private TempoSalience() {
    }

    static int maxLag(double frameRate) {
        return (int) Math.ceil(MULTIPLES * 60.0 * frameRate / MIN_BPM) + 2;
    }

    /** @param acf autocorrelation normalized to acf[0] == 1, length {@link #maxLag} */
    static TempoEstimate estimate(double[] acf, double frameRate) {
        int steps = (int) Math.round((MAX_BPM - MIN_BPM) / STEP_BPM) + 1;
        double[] salience = new double[steps];
        int best = -1;
        double bestScore = 0;
        for (int i = 0; i < steps; i++) {
            double bpm = MIN_BPM + i * STEP_BPM;
            salience[i] = salience(acf, frameRate, bpm);
            double score = salience[i] * prior(bpm);
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
        if (bpm < FOLD_BELOW && bpm * 2 <= FOLD_CEILING
                && salience(acf, frameRate, bpm * 2) >= FOLD_SUPPORT * salience[best]) {
            return new TempoEstimate(round(bpm * 2), confidence, round(bpm));
        }
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

    private static double prior(double bpm) {
        double octaves = Math.log(bpm / PREFERRED_BPM) / Math.log(2) / PRIOR_OCTAVES;
        return Math.exp(-0.5 * octaves * octaves);
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
