package phaze.proposal.boundary;

/** A PROPOSE run as the console and API show it; token counts are 0 for the rules engine. */
public record ProposalRunView(long id, String engine, String status, String requestedBy, String model, int files,
                              int proposed, int failed, int requests, long inputTokens, long outputTokens,
                              String message, String startedAt, String finishedAt, Double seconds) {
}
