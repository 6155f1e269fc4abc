package phaze.pipeline.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import phaze.config.PhazeSettings;
import phaze.library.boundary.ScanService;

/** The one step of the scan-stall-reaper job: a single call into the scan service. */
@Named
@Dependent
public class StalledScanReaper extends AbstractBatchlet {

    @EJB
    ScanService scans;

    @Override
    public String process() {
        int failed = scans.failStalled(PhazeSettings.system().seconds("PHAZE_SCAN_STALL_SECONDS", 600));
        return "failed " + failed + " stalled scan(s)";
    }
}
