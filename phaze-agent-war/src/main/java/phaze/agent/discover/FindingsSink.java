package phaze.agent.discover;

import phaze.protocol.agent.DiscoveryChunk;

/** Where a discovery run sends its findings, chunk by chunk (the controller, in production). */
@FunctionalInterface
public interface FindingsSink {
    void accept(DiscoveryChunk chunk);
}
