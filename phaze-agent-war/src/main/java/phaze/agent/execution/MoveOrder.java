package phaze.agent.execution;

import java.nio.file.Path;
import java.util.List;

/** One execution item: the media file first, then its companions; all or nothing per file, in order. */
public record MoveOrder(String itemId, Path root, List<FileMove> files) {
    public MoveOrder {
        files = List.copyOf(files);
    }
}
