package phaze.protocol.agent;

/** One execute item's journaled step inside a batch ({@code POST work/steps}). */
public record ItemStep(long id, ExecutionStep step) {
}
