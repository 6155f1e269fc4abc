package phaze.agent.work;

import phaze.agent.discover.Discovery;
import phaze.agent.runtime.ControllerClient;
import phaze.protocol.ScanScope;
import phaze.protocol.agent.WorkLease;
import phaze.protocol.agent.WorkResult;

import java.io.IOException;
import java.util.logging.Logger;

/** The discover stage: walk the scan's scope and post findings in chunks. */
public final class DiscoverWork implements WorkHandler {
    private static final Logger LOG = Logger.getLogger(DiscoverWork.class.getName());

    private final Discovery discovery;

    public DiscoverWork(Discovery discovery) {
        this.discovery = discovery;
    }

    @Override
    public WorkResult handle(WorkLease lease, ControllerClient controller) {
        if (lease.scanId() == null) {
            return WorkResult.failed("a discover item without a scan");
        }
        long scanId = lease.scanId();
        try {
            int files = discovery.run(new ScanScope(lease.root(), lease.subpath()), chunk -> controller.files(scanId, chunk));
            LOG.info(() -> "scan done scan=" + scanId + " files=" + files);
            return WorkResult.done();
        } catch (Discovery.ScopeRefused | IllegalArgumentException e) {
            return WorkResult.failed(e.getMessage());
        } catch (IOException e) {
            return WorkResult.failed("reading the library failed: " + e.getMessage());
        } catch (ControllerClient.Refused e) {
            throw e;
        } catch (RuntimeException e) {
            // The controller would not take the findings (or broke mid-scan): end the item with the
            // reason instead of letting it sit leased until the lease runs out.
            return WorkResult.failed("reporting findings failed: " + e.getMessage());
        }
    }
}
