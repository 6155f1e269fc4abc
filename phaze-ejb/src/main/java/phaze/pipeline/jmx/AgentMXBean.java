package phaze.pipeline.jmx;

/** One agent in JMX ({@code phaze:type=Agent,name=<id>}). */
public interface AgentMXBean {
    String getStatus();

    String getLastSeenAt();

    int getQueueDepth();

    String getVersion();

    String[] getRoots();
}
