package phaze.agent.execution;

import java.util.List;

/**
 * How an item ended. {@code done}: every file is at its destination and no source is left.
 * Otherwise {@code failedStep} and {@code message} say where and why; files before the failed one
 * stay moved, the failed one is back at its source, later ones were not touched.
 */
public record MoveResult(String itemId, boolean done, MoveStep failedStep, String message,
                         List<StepReport> steps, long bytes) {
    public MoveResult {
        steps = List.copyOf(steps);
    }
}
