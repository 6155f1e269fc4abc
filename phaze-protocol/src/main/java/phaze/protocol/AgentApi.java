package phaze.protocol;

/**
 * The controller's HTTP surface for agents, declared once for both sides. Every call carries
 * {@code Authorization: Bearer <token>}; the agent's identity always comes from that token.
 */
public final class AgentApi {
    public static final String VERSION = "1";
    public static final String BASE = "/api/agent/v1";
    public static final String HEARTBEAT = "/heartbeat";
    public static final String LEASE = "/work/lease";
    /** GET: {@code {"leasable": n}}, how many items the agent could lease now. */
    public static final String PENDING = "/work/pending";
    /** POST, {@code {id}} = work item: the agent's result for one leased item. */
    public static final String WORK_RESULT = "/work/{id}/result";
    /**
     * POST {@code [{"id","result"}]}: results of several leased items in one request; each is recorded
     * in its own transaction and answered in a {@code BatchAnswer}.
     */
    public static final String WORK_RESULTS = "/work/results";
    /** POST application/octet-stream, {@code {id}} = fingerprint work item: the file's fingerprints. */
    public static final String WORK_FINGERPRINTS = "/work/{id}/fingerprints";
    /** POST, {@code {id}} = execute work item: one journaled step ({@code ExecutionStep}) as it happens. */
    public static final String WORK_STEPS = "/work/{id}/steps";
    /**
     * POST {@code [{"id","step"}]}: journaled steps of several execute items, recorded with their audit
     * rows in one transaction (a step of an item whose lease is gone is refused alone).
     */
    public static final String WORK_STEPS_BATCH = "/work/steps";
    /** POST, {@code {id}} = scan: a chunk of discovered files and per-file problems. */
    public static final String SCAN_FILES = "/scans/{id}/files";

    private AgentApi() {
    }
}
