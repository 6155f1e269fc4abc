package phaze.execution.control;

/** An approved proposal the plan leaves out, and why (the console shows the reason). */
public record BlockedMove(long proposalId, long fileId, String agentId, String from, String to, String reason) {
}
