package phaze.protocol.agent;

/**
 * The agent asks for at most {@code max} work items, to be held for {@code leaseSeconds}
 * (null → 10 minutes; clamped to 1 s … 1 h), optionally only of one {@code stage} (null → any;
 * the agent gathers execute items this way to move them as a group). An item not reported by then
 * is handed out again.
 */
public record LeaseRequest(int max, Integer leaseSeconds, String stage) {
    // One constructor only: JSON-B binds a record through its single canonical constructor.

    public static final int DEFAULT_LEASE_SECONDS = 600;
    public static final int MIN_LEASE_SECONDS = 1;
    public static final int MAX_LEASE_SECONDS = 3600;

    public int leaseSecondsOrDefault() {
        int s = leaseSeconds == null ? DEFAULT_LEASE_SECONDS : leaseSeconds;
        return Math.max(MIN_LEASE_SECONDS, Math.min(MAX_LEASE_SECONDS, s));
    }
}
