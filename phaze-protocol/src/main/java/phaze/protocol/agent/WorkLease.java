package phaze.protocol.agent;

/**
 * One leased unit of work. {@code key} is the deterministic {@code <stage>:<natural id>};
 * the lease ends at {@code leaseExpiresAt} (ISO-8601), after which the item may go to another run.
 * For the discover stage, {@code scanId}, {@code root} and {@code subpath} say what to walk; for
 * per-file stages, {@code fileId}, {@code root} and {@code relativePath} name the file; for the execute
 * stage, {@code execution} says what to move.
 */
public record WorkLease(long id, String key, String stage, String leaseExpiresAt,
                        Long scanId, String root, String subpath, Long fileId, String relativePath,
                        ExecutionOrder execution) {
}
