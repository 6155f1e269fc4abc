package phaze.audio.analysis.style;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import phaze.audio.analysis.AnalysisResult;

/**
 * The user's style classifiers from {@code PHAZE_MODELS_DIR}: every {@code NAME.onnx} there with a
 * {@code NAME.labels} beside it (one label per line, in output order; {@code #} starts a comment).
 * None are shipped. Without the setting nothing is loaded and {@link #classify} returns its input
 * unchanged, so ingest costs nothing extra. A model that cannot be loaded or run is logged with the
 * reason and skipped: style stays empty, the ingest never fails because of a model.
 */
public final class StyleModels {
    public static final String SETTING = "PHAZE_MODELS_DIR";
    /** Per model; a genre model may have hundreds of labels, a proposal needs the few best. */
    public static final int TOP_LABELS = 5;
    private static final System.Logger LOG = System.getLogger(StyleModels.class.getName());
    private static final StyleModels NONE = new StyleModels(List.of());

    private final List<StyleClassifier> classifiers;

    StyleModels(List<StyleClassifier> classifiers) {
        this.classifiers = List.copyOf(classifiers);
    }

    public static StyleModels none() {
        return NONE;
    }

    /** {@link #fromEnvironment()}, loaded once per JVM: sessions are costly and shared by every ingest. */
    public static StyleModels configured() {
        return Configured.MODELS;
    }

    /** From the system property {@code phaze.models.dir}, else the environment variable. */
    public static StyleModels fromEnvironment() {
        String dir = System.getProperty("phaze.models.dir", System.getenv(SETTING));
        return dir == null || dir.isBlank() ? NONE : load(Path.of(dir.strip()));
    }

    /** Every usable model in {@code dir}; problems are logged, never thrown. */
    public static StyleModels load(Path dir) {
        if (!Files.isDirectory(dir)) {
            LOG.log(Level.ERROR, SETTING + "=" + dir + " is not a directory; style stays empty");
            return NONE;
        }
        List<Path> models;
        try (Stream<Path> s = Files.list(dir)) {
            models = s.filter(p -> p.getFileName().toString().endsWith(".onnx")).sorted().toList();
        } catch (IOException e) {
            LOG.log(Level.ERROR, SETTING + "=" + dir + " cannot be listed (" + e.getMessage() + "); style stays empty");
            return NONE;
        }
        if (models.isEmpty()) {
            LOG.log(Level.WARNING, SETTING + "=" + dir + " holds no *.onnx model; style stays empty");
            return NONE;
        }
        if (!OnnxRuntimePresence.onClassPath()) {
            LOG.log(Level.ERROR, "style models in " + dir + " need ONNX Runtime, which is not on the class path: add "
                    + "com.microsoft.onnxruntime:onnxruntime:1.20.0 (see phaze-audio/README.md); style stays empty");
            return NONE;
        }
        List<StyleClassifier> loaded = new ArrayList<>();
        for (Path model : models) {
            try {
                loaded.add(OnnxStyleModel.load(model, labels(model)));
                LOG.log(Level.INFO, "style model loaded: " + model);
            } catch (StyleModelException e) {
                LOG.log(Level.ERROR, "style model skipped: " + e.getMessage());
            } catch (LinkageError e) {
                // the native library does not load on this platform (libc, CPU): no model can run here
                LOG.log(Level.ERROR, "style model skipped: " + model + ": ONNX Runtime's native library failed: " + e);
            }
        }
        return loaded.isEmpty() ? NONE : new StyleModels(loaded);
    }

    public boolean isEmpty() {
        return classifiers.isEmpty();
    }

    /**
     * The analysis with {@code descriptors().style()} filled by every model (best {@value #TOP_LABELS}
     * labels each, best first); the same instance when there is no model.
     */
    public AnalysisResult classify(Path file, AnalysisResult analysis) {
        if (classifiers.isEmpty()) {
            return analysis;
        }
        float[] features = StyleFeatures.of(analysis);
        List<StyleScore> style = new ArrayList<>();
        for (StyleClassifier c : classifiers) {
            try {
                c.classify(features).stream().sorted(Comparator.comparingDouble(StyleScore::score).reversed())
                        .limit(TOP_LABELS).forEach(style::add);
            } catch (StyleModelException | RuntimeException e) {
                LOG.log(Level.ERROR, "style model " + c.name() + " failed on " + file + ": " + e.getMessage()
                        + "; no style from it for this file");
            }
        }
        return analysis.withStyle(style);
    }

    /** Lazy holder: the directory is read on the first ingest, not when the class is touched. */
    private static final class Configured {
        static final StyleModels MODELS = fromEnvironment();
    }

    private static List<String> labels(Path model) throws StyleModelException {
        Path file = model.resolveSibling(model.getFileName().toString().replaceFirst("\\.onnx$", ".labels"));
        if (!Files.isRegularFile(file)) {
            throw new StyleModelException(model + ": no labels file " + file.getFileName()
                    + " beside it (one label per line, in the order of the model's outputs)");
        }
        try {
            List<String> labels = Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
            if (labels.isEmpty()) {
                throw new StyleModelException(file + ": names no label");
            }
            return labels;
        } catch (IOException e) {
            throw new StyleModelException(file + ": cannot be read: " + e.getMessage(), e);
        }
    }
}
