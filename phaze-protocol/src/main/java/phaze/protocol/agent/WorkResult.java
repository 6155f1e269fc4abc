package phaze.protocol.agent;

/**
 * How a leased item ended: {@code done}, {@code failed} (with a message) or {@code skipped} (with
 * the reason the stage does not apply to this file). Per-file stages attach what they produced.
 */
public record WorkResult(String outcome, String message, FileTags tags, FileAnalysis analysis,
                         ExecutionOutcome execution) {
    public static final String DONE = "done";
    public static final String FAILED = "failed";
    public static final String SKIPPED = "skipped";

    public static WorkResult done() {
        return new WorkResult(DONE, null, null, null, null);
    }

    public static WorkResult done(FileTags tags) {
        return new WorkResult(DONE, null, tags, null, null);
    }

    public static WorkResult done(FileAnalysis analysis) {
        return new WorkResult(DONE, null, null, analysis, null);
    }

    public static WorkResult failed(String message) {
        return new WorkResult(FAILED, message, null, null, null);
    }

    public static WorkResult skipped(String reason) {
        return new WorkResult(SKIPPED, reason, null, null, null);
    }

    public static WorkResult executed(ExecutionOutcome execution) {
        return new WorkResult(DONE, null, null, null, execution);
    }

    public static WorkResult executionFailed(String message, ExecutionOutcome execution) {
        return new WorkResult(FAILED, message, null, null, execution);
    }

    public boolean succeeded() {
        return DONE.equals(outcome);
    }

    public boolean known() {
        return DONE.equals(outcome) || FAILED.equals(outcome) || SKIPPED.equals(outcome);
    }
}
