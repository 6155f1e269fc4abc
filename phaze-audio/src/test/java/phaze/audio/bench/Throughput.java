package phaze.audio.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import phaze.audio.decode.AudioDecoder;
import phaze.audio.decode.PcmFormat;
import phaze.audio.decode.PcmSink;
import phaze.audio.fingerprint.Density;
import phaze.audio.fingerprint.Engine;
import phaze.audio.fingerprint.FingerprintSink;

/**
 * Real-time factors of one decode stream, measured in one run: wall clock, and CPU per core
 * (this thread's CPU plus the reaped ffmpeg children's CPU from /proc/self/stat).
 */
final class Throughput {
    record Result(String mode, double audioSeconds, double wallSeconds, double cpuSeconds) {
        double wallRtf() {
            return audioSeconds / wallSeconds;
        }

        double cpuRtf() {
            return audioSeconds / cpuSeconds;
        }
    }

    private Throughput() {
    }

    static Result measure(String mode, List<Path> files, PcmFormat format, Set<Engine> engines) throws Exception {
        AudioDecoder decoder = new AudioDecoder();
        var threads = ManagementFactory.getThreadMXBean();
        double audio = 0;
        double children0 = childrenCpuSeconds();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        for (Path f : files) {
            long[] frames = {0};
            PcmSink sink;
            FingerprintSink fp = engines.isEmpty() ? null : new FingerprintSink(format, engines, Density.INDEX);
            sink = (pcm, n) -> {
                frames[0] += n;
                if (fp != null) {
                    fp.accept(pcm, n);
                }
            };
            decoder.decode(f, format, sink);
            if (fp != null) {
                fp.end();
                fp.result();
            }
            audio += frames[0] / (double) format.sampleRate();
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9 + childrenCpuSeconds() - children0;
        return new Result(mode, audio, wall, cpu);
    }

    static List<Result> all(List<Path> files) throws Exception {
        PcmFormat mono8k = PcmFormat.mono(8000);
        measure("warm-up", files.subList(0, Math.min(4, files.size())), mono8k, EnumSet.allOf(Engine.class));
        return List.of(
                measure("decode alone (8 kHz mono)", files, mono8k, Set.of()),
                measure("decode + landmark", files, mono8k, EnumSet.of(Engine.LANDMARK)),
                measure("decode + robust", files, mono8k, EnumSet.of(Engine.ROBUST)),
                measure("decode + both engines", files, mono8k, EnumSet.allOf(Engine.class)),
                measure("decode alone (22050 Hz stereo, shared ingest)", files, new PcmFormat(22050, 2), Set.of()),
                measure("decode 22050 Hz stereo + both engines", files, new PcmFormat(22050, 2), EnumSet.allOf(Engine.class)));
    }

    /** utime + stime of waited-for children, in seconds (fields 16 and 17 of /proc/self/stat). */
    static double childrenCpuSeconds() throws Exception {
        String stat = Files.readString(Path.of("/proc/self/stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(f[13]) + Long.parseLong(f[14])) / 100.0;
    }
}
