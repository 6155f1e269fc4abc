package phaze.protocol.agent;

/** How an execute item ended on the agent: the step that failed (null when done) and bytes written. */
public record ExecutionOutcome(String failedStep, long bytes) {
}
