package phaze.agent.execution;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fault injection for the crash tests: {@code -Dphaze.fault.halt-after=<MoveStep>[:<n>]} halts the
 * JVM (exit 137, like kill -9: no shutdown hooks, no finally blocks) right after the n-th journal
 * record of that step was made durable, before its side effect. {@code -Dphaze.fault.halt-after-effect=
 * <MoveStep>[:<n>]} halts right after the n-th side effect of a group phase (a link or a source
 * removal), before the folder fsync: the half-done phase that only group commit has.
 */
final class FaultPoint {
    static final String PROPERTY = "phaze.fault.halt-after";

    static final String EFFECT_PROPERTY = "phaze.fault.halt-after-effect";

    private static final Trigger JOURNALED = Trigger.of(System.getProperty(PROPERTY, ""));
    private static final Trigger ACTED = Trigger.of(System.getProperty(EFFECT_PROPERTY, ""));

    private FaultPoint() {
    }

    static void journaled(MoveStep step) {
        JOURNALED.seen(step);
    }

    static void acted(MoveStep step) {
        ACTED.seen(step);
    }

    private record Trigger(MoveStep step, int nth, AtomicInteger count) {
        static Trigger of(String value) {
            if (value.isBlank()) {
                return new Trigger(null, 0, new AtomicInteger());
            }
            String[] parts = value.trim().split(":");
            return new Trigger(MoveStep.valueOf(parts[0]), parts.length > 1 ? Integer.parseInt(parts[1]) : 1,
                    new AtomicInteger());
        }

        void seen(MoveStep at) {
            if (step == at && count.incrementAndGet() == nth) {
                Runtime.getRuntime().halt(137);
            }
        }
    }
}
