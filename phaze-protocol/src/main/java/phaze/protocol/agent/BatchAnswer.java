package phaze.protocol.agent;

import java.util.List;

/**
 * What the controller did with a batch of results or steps: each entry is taken or refused on its
 * own (a lease that ran out refuses only its own entries), so one stale item never costs the others.
 */
public record BatchAnswer(int accepted, List<Refusal> refused) {
    public BatchAnswer {
        refused = refused == null ? List.of() : List.copyOf(refused);
    }

    /** An entry that was not taken, and why. */
    public record Refusal(long id, String reason) {
    }
}
