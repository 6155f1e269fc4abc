package phaze.audio.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import phaze.audio.analysis.MusicAnalyzer;
import phaze.audio.analysis.PayloadHasher;
import phaze.audio.analysis.loudness.LoudnessMeter;
import phaze.audio.analysis.spectrum.MonoDecimator;
import phaze.audio.decode.AudioDecoder;
import phaze.audio.decode.PcmSink;
import phaze.audio.fingerprint.Density;
import phaze.audio.fingerprint.Engine;
import phaze.audio.fingerprint.FingerprintSink;
import phaze.audio.ingest.AudioIngest;

/**
 * Thread CPU of each sink of the ingest on PCM decoded once into memory (best of five), so our own
 * code is measured without ffmpeg, process starts, GC and JIT threads.
 */
final class SinkBench {
    private SinkBench() {
    }

    static void run(List<Path> files) throws Exception {
        List<float[]> blocks = new ArrayList<>();
        List<Integer> frames = new ArrayList<>();
        double[] seconds = {0};
        for (Path f : files) {
            new AudioDecoder().decode(f, AudioIngest.FORMAT, (block, n) -> {
                blocks.add(block.clone());
                frames.add(n);
                seconds[0] += n / (double) AudioIngest.FORMAT.sampleRate();
            });
        }
        System.out.printf(Locale.ROOT, "files: %d, audio in memory: %.0f s%n%n", files.size(), seconds[0]);
        System.out.println("| sink | thread CPU s (best of 5) | RTF per core |");
        System.out.println("|---|---:|---:|");
        row("payload hash", () -> new PayloadHasher(AudioIngest.FORMAT), blocks, frames, seconds[0]);
        row("analysis", () -> new MusicAnalyzer(AudioIngest.FORMAT), blocks, frames, seconds[0]);
        row("of which loudness (EBU R128, true peak)", () -> new LoudnessMeter(AudioIngest.FORMAT), blocks, frames,
                seconds[0]);
        row("of which downmix + decimation to 11025 Hz", () -> new MonoDecimator(AudioIngest.FORMAT, 2, (pcm, n) -> { }),
                blocks, frames, seconds[0]);
        row("landmark engine", () -> new FingerprintSink(AudioIngest.FORMAT, EnumSet.of(Engine.LANDMARK),
                Density.INDEX), blocks, frames, seconds[0]);
        row("robust engine", () -> new FingerprintSink(AudioIngest.FORMAT, EnumSet.of(Engine.ROBUST),
                Density.INDEX), blocks, frames, seconds[0]);
        row("both engines", () -> new FingerprintSink(AudioIngest.FORMAT, EnumSet.allOf(Engine.class),
                Density.INDEX), blocks, frames, seconds[0]);
    }

    private static void row(String name, Supplier<PcmSink> sinks, List<float[]> blocks, List<Integer> frames,
                            double audioSeconds) {
        long best = Long.MAX_VALUE;
        for (int round = 0; round < 5; round++) {
            PcmSink sink = sinks.get();
            long t0 = CpuClock.threadNanos();
            for (int i = 0; i < blocks.size(); i++) {
                sink.accept(blocks.get(i), frames.get(i));
            }
            sink.end();
            best = Math.min(best, CpuClock.threadNanos() - t0);
        }
        System.out.printf(Locale.ROOT, "| %s | %.2f | %.0fx |%n", name, best / 1e9, audioSeconds / (best / 1e9));
    }
}
