package phaze.audio.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.EnumSet;
import phaze.audio.decode.AudioDecoder;
import phaze.audio.fingerprint.Density;
import phaze.audio.fingerprint.Engine;
import phaze.audio.fingerprint.Fingerprinter;
import phaze.audio.fingerprint.Fingerprints;

/** Run in a child JVM with a small -Xmx: fingerprints one long file and prints seconds, hashes, peak heap MB. */
public final class LongFileHeap {
    public static void main(String[] args) throws Exception {
        long t0 = System.nanoTime();
        Fingerprints f = new Fingerprinter(new AudioDecoder()).fingerprint(Path.of(args[0]), EnumSet.allOf(Engine.class),
                Density.INDEX);
        double wall = (System.nanoTime() - t0) / 1e9;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        int hashes = f.get(Engine.LANDMARK).size() + f.get(Engine.ROBUST).size();
        System.out.printf("%.1f %d %.1f %.1f%n", f.seconds(), hashes, peak / 1e6, wall);
    }
}
