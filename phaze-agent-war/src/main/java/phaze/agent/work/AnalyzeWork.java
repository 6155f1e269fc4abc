package phaze.agent.work;

import phaze.agent.analysis.IngestProducts;
import phaze.agent.discover.LibraryPaths;
import phaze.agent.runtime.ControllerClient;
import phaze.audio.decode.AudioDecodeException;
import phaze.protocol.agent.WorkLease;
import phaze.protocol.agent.WorkResult;

import java.io.IOException;
import java.nio.file.Path;

/** The analyze stage: tempo, key, loudness, descriptors and timeline of one file. */
public final class AnalyzeWork implements WorkHandler {
    private final LibraryPaths paths;
    private final IngestProducts products;

    public AnalyzeWork(LibraryPaths paths, IngestProducts products) {
        this.paths = paths;
        this.products = products;
    }

    @Override
    public WorkResult handle(WorkLease lease, ControllerClient controller) {
        try {
            Path file = paths.resolve(lease.root(), lease.relativePath());
            WorkResult result = WorkResult.done(products.analysis(file));
            products.delivered(file, "analysis");
            return result;
        } catch (LibraryPaths.Refused | AudioDecodeException e) {
            return WorkResult.failed(e.getMessage());
        } catch (IOException e) {
            return WorkResult.failed("analysis could not be kept: " + e.getMessage());
        }
    }
}
