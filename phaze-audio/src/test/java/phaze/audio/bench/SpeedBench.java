package phaze.audio.bench;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import phaze.audio.decode.AudioDecoder;
import phaze.audio.decode.PcmSink;
import phaze.audio.fingerprint.Density;
import phaze.audio.fingerprint.Engine;
import phaze.audio.fingerprint.FingerprintSink;
import phaze.audio.ingest.AudioIngest;

/**
 * Real-time factor per core of decode alone, decode with both fingerprint engines only (what an ingest
 * would cost if hash and analysis were free), and ingest without and with fingerprints, in one run.
 */
final class SpeedBench {
    private static final String[] MODES = {"decode alone (ffmpeg -> 22050 Hz stereo float)",
        "decode + landmark + robust (no hash, no analysis)", "ingest: decode + hash + analysis",
        "ingest: decode + hash + analysis + landmark + robust"};

    private SpeedBench() {
    }

    static void run(List<Path> files) throws Exception {
        AudioDecoder decoder = new AudioDecoder();
        AudioIngest analysisOnly = new AudioIngest(decoder, Set.of(), Density.INDEX);
        AudioIngest full = new AudioIngest(decoder, EnumSet.allOf(Engine.class), Density.INDEX);
        full.ingest(files.get(0)); // JIT warm-up
        double audio = 0;
        double[] cpu = new double[MODES.length];
        double[] wall = new double[MODES.length];
        for (Path f : files) {
            double[] seconds = {0};
            for (int mode = 0; mode < MODES.length; mode++) {
                double c0 = CpuClock.seconds();
                long w0 = System.nanoTime();
                switch (mode) {
                    case 0 -> decoder.decode(f, AudioIngest.FORMAT, new PcmSink() {
                        @Override
                        public void accept(float[] block, int frames) {
                            seconds[0] += frames / (double) AudioIngest.FORMAT.sampleRate();
                        }
                    });
                    case 1 -> {
                        FingerprintSink engines = new FingerprintSink(AudioIngest.FORMAT, EnumSet.allOf(Engine.class),
                                Density.INDEX);
                        decoder.decode(f, AudioIngest.FORMAT, engines);
                        engines.result();
                    }
                    case 2 -> analysisOnly.ingest(f);
                    default -> full.ingest(f);
                }
                cpu[mode] += CpuClock.seconds() - c0;
                wall[mode] += (System.nanoTime() - w0) / 1e9;
            }
            audio += seconds[0];
        }
        System.out.printf(Locale.ROOT, "files: %d, audio: %.0f s (%.2f h)%n%n", files.size(), audio, audio / 3600);
        System.out.println("| pipeline | CPU s | RTF per core | wall s | RTF wall |");
        System.out.println("|---|---:|---:|---:|---:|");
        for (int m = 0; m < MODES.length; m++) {
            System.out.printf(Locale.ROOT, "| %s | %.1f | %.0fx | %.1f | %.0fx |%n", MODES[m], cpu[m], audio / cpu[m],
                    wall[m], audio / wall[m]);
        }
    }
}
