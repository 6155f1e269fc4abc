package phaze.audio.analysis.tempo;

/**
 * A tempo reading. {@code bpm} is rounded to 0.1 and is {@link Double#NaN} when no pulse was found.
 *
 * @param confidence      pulse clarity in [0, 1]: the autocorrelation of the onset envelope at the
 *                        beat period and its multiples, relative to its energy
 * @param alternativeBpm  the half or double tempo that competed best (DJ software disagrees on
 *                        drum and bass at 174 vs 87), NaN when unknown
 */
public record TempoEstimate(double bpm, double confidence, double alternativeBpm) {
    /**
     * Below this the BPM is a guess: white noise reads below 0.01, rubato orchestral music 0.01-0.06,
     * music with a steady beat 0.08 and up (ADR 031).
     */
    public static final double RELIABLE_CONFIDENCE = 0.08;

    public static TempoEstimate unknown() {
        return new TempoEstimate(Double.NaN, 0.0, Double.NaN);
    }

    public boolean isReliable() {
        return isKnown() && confidence >= RELIABLE_CONFIDENCE;
    }

    public boolean isKnown() {
        return !Double.isNaN(bpm);
    }
}
