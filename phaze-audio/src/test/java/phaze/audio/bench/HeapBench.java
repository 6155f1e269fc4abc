package phaze.audio.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import phaze.audio.ingest.AudioIngest;
import phaze.audio.ingest.IngestResult;

/**
 * Peak heap while ingesting one long file, sampled every 50 ms after a forced GC baseline. Run with
 * a small -Xmx to prove the bound: an analysis that kept the stream would fail with OutOfMemoryError.
 */
final class HeapBench {
    private HeapBench() {
    }

    static void run(Path file) throws Exception {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long baseline = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        double c0 = CpuClock.seconds();
        IngestResult r = new AudioIngest().ingest(file);
        double cpu = CpuClock.seconds() - c0;
        sampler.interrupt();
        sampler.join();
        System.gc();
        long after = memory.getHeapMemoryUsage().getUsed();
        double seconds = r.analysis().durationSeconds();
        System.out.printf(Locale.ROOT, "file %s: %.2f h, -Xmx %d MB, heap used before %.0f MB, peak %.0f MB, "
                        + "retained after (result incl. fingerprints) %.0f MB, CPU %.0f s, RTF per core %.0fx, "
                        + "timeline windows %d, landmark hashes %d, robust hashes %d%n",
                file.getFileName(), seconds / 3600, Runtime.getRuntime().maxMemory() >> 20, baseline / 1048576.0,
                peak.get() / 1048576.0, after / 1048576.0, cpu, seconds / cpu, r.analysis().timeline().windows().size(),
                r.fingerprints().get(phaze.audio.fingerprint.Engine.LANDMARK).size(),
                r.fingerprints().get(phaze.audio.fingerprint.Engine.ROBUST).size());
    }
}
