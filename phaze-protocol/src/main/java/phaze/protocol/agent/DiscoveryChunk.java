package phaze.protocol.agent;

import java.util.List;

/**
 * Part of a scan's findings. The first chunk of a scan carries {@code totalFiles} (known after
 * the agent has listed the tree, before it hashes), later ones may leave it null.
 */
public record DiscoveryChunk(Integer totalFiles, List<DiscoveredFile> files, List<FileProblem> problems) {
    public DiscoveryChunk {
        files = files == null ? List.of() : List.copyOf(files);
        problems = problems == null ? List.of() : List.copyOf(problems);
    }
}
