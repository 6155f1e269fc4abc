package phaze.audio.analysis.key;

/**
 * The best-matching key and how much to trust it. Below {@link #CLEAR_THRESHOLD} the music has
 * "no clear key" (atonal, percussion only, noise, modulating): callers show nothing rather than a guess.
 *
 * @param key        best guess, null when nothing tonal was heard at all
 * @param confidence in [0, 1]: profile correlation scaled by how peaked the chroma is
 */
public record KeyEstimate(MusicalKey key, double confidence) {
    public static final double CLEAR_THRESHOLD = 0.35;

    public static KeyEstimate none() {
        return new KeyEstimate(null, 0.0);
    }

    public boolean isClear() {
        return key != null && confidence >= CLEAR_THRESHOLD;
    }
}
