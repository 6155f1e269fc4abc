package phaze.agent.work;

import phaze.agent.analysis.IngestProducts;
import phaze.agent.discover.LibraryPaths;
import phaze.agent.runtime.ControllerClient;
import phaze.audio.decode.AudioDecodeException;
import phaze.protocol.agent.WorkLease;
import phaze.protocol.agent.WorkResult;

import java.io.IOException;
import java.nio.file.Path;

/** The fingerprint stage: both engines' fingerprints of one file, sent to the controller's index. */
public final class FingerprintWork implements WorkHandler {
    private final LibraryPaths paths;
    private final IngestProducts products;

    public FingerprintWork(LibraryPaths paths, IngestProducts products) {
        this.paths = paths;
        this.products = products;
    }

    @Override
    public WorkResult handle(WorkLease lease, ControllerClient controller) {
        try {
            Path file = paths.resolve(lease.root(), lease.relativePath());
            controller.fingerprints(lease.id(), products.fingerprints(file));
            products.delivered(file, "fingerprints");
            return WorkResult.done();
        } catch (LibraryPaths.Refused | AudioDecodeException e) {
            return WorkResult.failed(e.getMessage());
        } catch (IOException e) {
            return WorkResult.failed("fingerprints could not be kept: " + e.getMessage());
        }
    }
}
