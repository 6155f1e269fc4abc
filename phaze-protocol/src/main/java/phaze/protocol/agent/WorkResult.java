package phaze.protocol.agent;

/**
 * How a leased item ended: {@code done}, {@code failed} (with a message) or {@code skipped} (with
 * the reason the stage does not apply to this file). Per-file stages attach what they produced.
 */
public record WorkResult(String outcome, String message, FileTags tags, FileAnalysis analysis) {
    public static final String DONE = "done";
    public static final String FAILED = "failed";
    public static final String SKIPPED = "skipped";

    public static WorkResult done() {
        return new WorkResult(DONE, null, null, null);
    }

    public static WorkResult done(FileTags tags) {
        return new WorkResult(DONE, null, tags, null);
    }

    public static WorkResult done(FileAnalysis analysis) {
        return new WorkResult(DONE, null, null, analysis);
    }

    public static WorkResult failed(String message) {
        return new WorkResult(FAILED, message, null, null);
    }

    public static WorkResult skipped(String reason) {
        return new WorkResult(SKIPPED, reason, null, null);
    }

    public boolean succeeded() {
        return DONE.equals(outcome);
    }

    public boolean known() {
        return DONE.equals(outcome) || FAILED.equals(outcome) || SKIPPED.equals(outcome);
    }
}
