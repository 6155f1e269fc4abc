package phaze.audio.analysis.descriptor;

/**
 * A mood label and the rule that produced it, with its inputs, so a reviewer sees why
 * (e.g. {@code "energy 8 >= 7"}).
 */
public record Mood(MoodLabel label, String because) {
    public enum MoodLabel {
        ENERGETIC, RELAXED, DARK, BRIGHT, NEUTRAL;

        public String csv() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
