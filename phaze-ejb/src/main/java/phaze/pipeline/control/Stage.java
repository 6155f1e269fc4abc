package phaze.pipeline.control;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The pipeline's stage graph, declared once. Triggers, gating, API validation, the DAG page and
 * the MBeans all read it. Every unit of work is keyed {@code <stage>:<natural id>}.
 */
public enum Stage {
    DISCOVER(Site.AGENT),
    TAGS(Site.AGENT, DISCOVER),
    ANALYZE(Site.AGENT, DISCOVER),
    FINGERPRINT(Site.AGENT, DISCOVER),
    PROPOSE(Site.CONTROLLER, TAGS, ANALYZE),
    REVIEW(Site.OPERATOR, PROPOSE),
    EXECUTE(Site.AGENT, REVIEW);

    /** Where a stage's work happens. */
    public enum Site { AGENT, CONTROLLER, OPERATOR }

    private final Site site;
    private final List<Stage> upstream;

    Stage(Site site, Stage... upstream) {
        this.site = site;
        this.upstream = List.of(upstream);
    }

    /** Per-file stages that agents run and operators pause, resume and reprioritize. */
    public boolean controllable() {
        return this == TAGS || this == ANALYZE || this == FINGERPRINT;
    }

    public Site site() {
        return site;
    }

    public List<Stage> upstream() {
        return upstream;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String workKey(String naturalId) {
        return wireName() + ":" + naturalId;
    }

    public static Optional<Stage> byWireName(String name) {
        return Arrays.stream(values()).filter(s -> s.wireName().equals(name)).findFirst();
    }
}
