package phaze.agent.execution;

/** A file's move stopped at {@code step}; the message is meant for the operator. */
final class MoveFailure extends Exception {
    private final MoveStep step;
    private final boolean settled;

    MoveFailure(MoveStep step, String message) {
        this(step, message, true);
    }

    /** {@code settled == false}: the rollback could not finish; the journal stays for recovery. */
    MoveFailure(MoveStep step, String message, boolean settled) {
        super(message);
        this.step = step;
        this.settled = settled;
    }

    boolean settled() {
        return settled;
    }

    MoveStep step() {
        return step;
    }
}
