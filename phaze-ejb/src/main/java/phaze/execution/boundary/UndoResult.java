package phaze.execution.boundary;

import java.util.List;

/** An undo: the batch that reverses what could be reversed (never null), and each item refused with its reason. */
public record UndoResult(BatchView batch, List<Refused> refused) {
    public record Refused(long itemId, String reason) {
    }
}
