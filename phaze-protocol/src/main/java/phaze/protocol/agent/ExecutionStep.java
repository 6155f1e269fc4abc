package phaze.protocol.agent;

/**
 * One journaled step of an execute item as it happens ({@code POST work/{id}/steps}): which file (its
 * source path), which step (precheck, move, copy, verify, place, delete_source, done, rollback), whether
 * it succeeded, and what the agent saw.
 */
public record ExecutionStep(String file, String step, boolean ok, String detail) {
}
