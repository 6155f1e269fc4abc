package phaze.audio.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import phaze.audio.analysis.AnalysisResult;
import phaze.audio.analysis.style.OnnxModelWriter;
import phaze.audio.analysis.style.StyleFeatures;
import phaze.audio.analysis.style.StyleModels;
import phaze.audio.decode.AudioDecoder;
import phaze.audio.fingerprint.Density;
import phaze.audio.ingest.AudioIngest;

/**
 * What a style model costs next to the ingest it follows: every file is ingested once without a model
 * (the reference), then the model classifies that analysis 100 times; CPU time of this thread only
 * (the model runs on the calling thread; ffmpeg's CPU is not in the reference, so the ratio overstates
 * the model's share). Model: the tests' linear classifier with 8 labels, hand-encoded.
 */
final class StyleBench {
    private static final int REPEAT = 100;

    private StyleBench() {
    }

    static void run(List<Path> files, Path work) throws Exception {
        Files.createDirectories(work);
        float[][] w = new float[StyleFeatures.NAMES.size()][8];
        for (int i = 0; i < w.length; i++) {
            for (int j = 0; j < 8; j++) {
                w[i][j] = (float) Math.sin(i * 8 + j) / 100;
            }
        }
        Files.write(work.resolve("bench.onnx"), OnnxModelWriter.linearSoftmax(StyleFeatures.INPUT_NAME, w, new float[8]));
        Files.writeString(work.resolve("bench.labels"), "a\nb\nc\nd\ne\nf\ng\nh\n");
        StyleModels models = StyleModels.load(work);
        if (models.isEmpty()) {
            throw new IllegalStateException("the bench model did not load (is onnxruntime on the class path?)");
        }
        AudioIngest ingest = new AudioIngest(new AudioDecoder(), Set.of(), Density.INDEX, StyleModels.none());
        var bean = java.lang.management.ManagementFactory.getThreadMXBean();
        long ingestNs = 0, styleNs = 0;
        double seconds = 0;
        for (Path f : files) {
            long t0 = bean.getCurrentThreadCpuTime();
            AnalysisResult a = ingest.ingest(f).analysis();
            long t1 = bean.getCurrentThreadCpuTime();
            for (int i = 0; i < REPEAT; i++) {
                models.classify(f, a);
            }
            long t2 = bean.getCurrentThreadCpuTime();
            ingestNs += t1 - t0;
            styleNs += (t2 - t1) / REPEAT;
            seconds += a.durationSeconds();
        }
        System.out.printf(Locale.ROOT, "files: %d, audio %.0f s%n", files.size(), seconds);
        System.out.printf(Locale.ROOT, "ingest without model (Java thread CPU): %.1f ms per file%n", ingestNs / 1e6 / files.size());
        System.out.printf(Locale.ROOT, "style model (features + ONNX Runtime): %.3f ms per file = %.2f %% of that%n",
                styleNs / 1e6 / files.size(), 100.0 * styleNs / ingestNs);
    }
}
