package phaze.pipeline.batch;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import phaze.library.boundary.ScanService;

import java.util.Properties;

/**
 * Starts the scan-stall-reaper job every minute while a scan is running, so that each run shows
 * in the WildFly console's batch view, and idle minutes leave no job history behind.
 */
@Singleton
public class StalledScanSchedule {

    @EJB
    ScanService scans;

    @Schedule(minute = "*", hour = "*", persistent = false)
    void reapStalledScans() {
        if (scans.anyRunning()) {
            BatchRuntime.getJobOperator().start("scan-stall-reaper", new Properties());
        }
    }
}
