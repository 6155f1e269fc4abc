package phaze.proposal.boundary;

/** What one engine call cost: LLM requests and tokens (all 0 for rules). */
public record RunCost(int requests, long inputTokens, long outputTokens) {
    public static final RunCost NONE = new RunCost(0, 0, 0);
}
