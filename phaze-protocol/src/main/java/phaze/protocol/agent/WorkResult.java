package phaze.protocol.agent;

/** How a leased item ended: {@code done} or {@code failed}, with a message for failures. */
public record WorkResult(String outcome, String message) {
    public static final String DONE = "done";
    public static final String FAILED = "failed";

    public static WorkResult done() {
        return new WorkResult(DONE, null);
    }

    public static WorkResult failed(String message) {
        return new WorkResult(FAILED, message);
    }

    public boolean succeeded() {
        return DONE.equals(outcome);
    }
}
