package phaze.pipeline.boundary;

/** A stage's operator controls: {@code {"stage","priority","paused"}}. */
public record StageState(String stage, int priority, boolean paused) {
    public static final int DEFAULT_PRIORITY = 50;

    public static StageState defaults(String stage) {
        return new StageState(stage, DEFAULT_PRIORITY, false);
    }
}
