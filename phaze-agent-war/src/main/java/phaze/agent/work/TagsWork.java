package phaze.agent.work;

import phaze.agent.discover.LibraryPaths;
import phaze.agent.runtime.ControllerClient;
import phaze.agent.tags.TagReader;
import phaze.protocol.agent.WorkLease;
import phaze.protocol.agent.WorkResult;

/** The tags stage: read one file's tags and stream facts, and the texts of the notes beside it. */
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
            java.nio.file.Path file = paths.resolve(lease.root(), lease.relativePath());
            return WorkResult.done(reader.read(file).withCompanions(phaze.agent.tags.CompanionNotes.read(file)));
        } catch (LibraryPaths.Refused | TagReader.UnreadableTags e) {
            return WorkResult.failed(e.getMessage());
        }
    }
}
