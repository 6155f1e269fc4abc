package phaze.agent.control;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;

/** How present an agent is, from its last heartbeat: alive under 90 s, stale under 300 s. */
public enum Liveness {
    ALIVE, STALE, DEAD, REVOKED, NEVER;

    static final Duration ALIVE_WITHIN = Duration.ofSeconds(90);
    static final Duration STALE_WITHIN = Duration.ofSeconds(300);

    public static Liveness of(boolean revoked, Optional<OffsetDateTime> lastSeen, OffsetDateTime now) {
        if (revoked) {
            return REVOKED;
        }
        if (lastSeen.isEmpty()) {
            return NEVER;
        }
        Duration silence = Duration.between(lastSeen.get(), now);
        if (silence.compareTo(ALIVE_WITHIN) < 0) {
            return ALIVE;
        }
        return silence.compareTo(STALE_WITHIN) < 0 ? STALE : DEAD;
    }

    /** Work can be handed to the agent: it was heard from recently enough. */
    public boolean reachable() {
        return this == ALIVE || this == STALE;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
