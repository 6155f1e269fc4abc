package phaze.agent.execution;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fault injection for the crash tests: {@code -Dphaze.fault.halt-after=<MoveStep>[:<n>]} halts the
 * JVM (exit 137, like kill -9: no shutdown hooks, no finally blocks) right after the n-th journal
 * record of that step was made durable, before its side effect.
 */
final class FaultPoint {
    static final String PROPERTY = "phaze.fault.halt-after";

    private static final MoveStep STEP;
    private static final int NTH;
    private static final AtomicInteger SEEN = new AtomicInteger();

    static {
        String value = System.getProperty(PROPERTY, "");
        if (value.isBlank()) {
            STEP = null;
            NTH = 0;
        } else {
            String[] parts = value.trim().split(":");
            STEP = MoveStep.valueOf(parts[0]);
            NTH = parts.length > 1 ? Integer.parseInt(parts[1]) : 1;
        }
    }

    private FaultPoint() {
    }

    static void journaled(MoveStep step) {
        if (STEP == step && SEEN.incrementAndGet() == NTH) {
            Runtime.getRuntime().halt(137);
        }
    }
}
