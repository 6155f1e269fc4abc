package phaze.agent.execution;

/**
 * Hears every step right after it was journaled and before its side effect. Best effort: the
 * journal is authoritative, and a listener that throws does not change the move.
 */
public interface StepListener {
    void onStep(StepReport report);
}
