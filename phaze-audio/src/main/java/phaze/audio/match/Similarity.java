package phaze.audio.match;

/**
 * How much of two recordings is the same audio.
 *
 * @param similarity    seconds of B found in A, divided by the longer duration (1.0: same recording)
 * @param offsetSeconds where B's first second lies in A (positive: B starts later in the music)
 * @param stretch       B's tempo relative to A
 * @param semitones     B's pitch relative to A
 */
public record Similarity(double similarity, double offsetSeconds, double stretch, double semitones) {
    public static final Similarity NONE = new Similarity(0, 0, 1, 0);
}
