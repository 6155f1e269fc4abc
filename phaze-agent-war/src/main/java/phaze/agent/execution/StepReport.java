package phaze.agent.execution;

/** A journaled step, as reported to the controller. {@code file} is the order's source path. */
public record StepReport(String itemId, String file, MoveStep step, boolean ok, String detail) {
}
