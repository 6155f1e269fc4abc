package phaze.pipeline.jmx;

/** One pipeline stage in JMX ({@code phaze:type=Stage,name=<stage>}): counts, controls, throughput. */
public interface StageMXBean {
    long getQueued();

    long getLeased();

    long getDone();

    long getFailed();

    long getSkipped();

    long getNotStarted();

    long getItemsPerMinute();

    boolean isPaused();

    int getPriority();

    void pause();

    void resume();

    /** Adds {@code delta} to the priority (clamped to 0–100; lower runs first). */
    void changePriority(int delta);
}
