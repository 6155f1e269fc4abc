package phaze.agent.work;

import phaze.agent.discover.LibraryPaths;
import phaze.agent.runtime.ControllerClient;
import phaze.agent.tags.TagReader;
import phaze.protocol.agent.WorkLease;
import phaze.protocol.agent.WorkResult;

/** The tags stage: read one file's tags and stream facts. */
public final class TagsWork implements WorkHandler {

    private final LibraryPaths paths;
    private final TagReader reader;

    public TagsWork(LibraryPaths paths, TagReader reader) {
        this.paths = paths;
        this.reader = reader;
    }

    @Override
    public WorkResult handle(WorkLease lease, ControllerClient controller) {
        try {
            return WorkResult.done(reader.read(paths.resolve(lease.root(), lease.relativePath())));
        } catch (LibraryPaths.Refused | TagReader.UnreadableTags e) {
            return WorkResult.failed(e.getMessage());
        }
    }
}
