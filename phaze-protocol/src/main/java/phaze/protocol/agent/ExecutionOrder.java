package phaze.protocol.agent;

import java.util.List;

/**
 * What an execute work item asks of the agent: move these files (the media file first, then its
 * companions) inside {@code root} with the journaled copy → verify → delete protocol.
 */
public record ExecutionOrder(long itemId, String root, List<MoveFile> files) {
    public ExecutionOrder {
        files = files == null ? List.of() : List.copyOf(files);
    }
}
