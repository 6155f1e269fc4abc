package phaze.audio.analysis.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import phaze.audio.analysis.AnalysisResult;
import phaze.audio.analysis.Synth;
import phaze.audio.analysis.Wav;
import phaze.audio.decode.AudioDecoder;
import phaze.audio.fingerprint.Density;
import phaze.audio.ingest.AudioIngest;

/**
 * The PHAZE_MODELS_DIR hook with a real ONNX model written by the test: a linear "slow / fast"
 * classifier on the BPM feature, run by ONNX Runtime on grooves at 100 and 140 BPM. Broken models are
 * logged and leave style empty; the ingest itself never fails because of a model.
 */
class StyleModelsTest {
    private static final int BPM = StyleFeatures.NAMES.indexOf("bpm");
    @TempDir
    static Path dir;
    static Path slowGroove;
    static Path fastGroove;
    private final List<String> logged = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord r) {
            logged.add(r.getLevel() + " " + r.getMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeAll
    static void renderGrooves() throws Exception {
        slowGroove = Wav.write(dir.resolve("slow.wav"), Synth.drums(Synth.Groove.FOUR_ON_THE_FLOOR, 100, 20, 1), Synth.RATE, 2);
        fastGroove = Wav.write(dir.resolve("fast.wav"), Synth.drums(Synth.Groove.FOUR_ON_THE_FLOOR, 140, 20, 2),
                Synth.RATE, 2);
    }

    @BeforeEach
    void captureLog() {
        Logger.getLogger(StyleModels.class.getName()).addHandler(capture);
    }

    @AfterEach
    void releaseLog() {
        Logger.getLogger(StyleModels.class.getName()).removeHandler(capture);
    }

    @Test
    void withoutAModelStyleStaysEmptyAndNothingRuns() throws Exception {
        AnalysisResult a = ingest(StyleModels.none(), fastGroove);
        assertTrue(a.descriptors().style().isEmpty());
        assertSame(a, StyleModels.none().classify(fastGroove, a), "no model: the analysis passes untouched");
        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertTrue(StyleModels.load(empty).isEmpty());
    }

    @Test
    void aUserModelScoresEachFileFromTheSameAnalysis() throws Exception {
        Path models = Files.createDirectories(dir.resolve("tempo-model"));
        writeTempoModel(models, "tempo", StyleFeatures.INPUT_NAME);
        StyleModels loaded = StyleModels.load(models);
        assertTrue(!loaded.isEmpty(), "model not loaded: " + logged);

        for (Path groove : List.of(slowGroove, fastGroove)) {
            AnalysisResult a = ingest(loaded, groove);
            List<StyleScore> style = a.descriptors().style();
            assertEquals(2, style.size(), style.toString());
            // the expected scores come from the features, not from the model: softmax of +-(bpm - 110) / 5
            double logit = (StyleFeatures.of(a)[BPM] - 110) / 5.0;
            double fast = 1 / (1 + Math.exp(-2 * logit));
            String best = fast >= 0.5 ? "fast" : "slow";
            assertEquals(best, style.get(0).label(), groove + " at " + a.tempo().bpm() + " BPM: " + style);
            assertEquals("tempo", style.get(0).model());
            assertEquals(Math.max(fast, 1 - fast), style.get(0).score(), 1e-4);
            assertEquals(1.0, style.get(0).score() + style.get(1).score(), 1e-4);
        }
        assertEquals("slow", ingest(loaded, slowGroove).descriptors().style().get(0).label());
        assertEquals("fast", ingest(loaded, fastGroove).descriptors().style().get(0).label());
    }

    @Test
    void brokenModelsAreLoggedAndSkippedNeverFailingTheIngest() throws Exception {
        Path models = Files.createDirectories(dir.resolve("broken"));
        Files.write(models.resolve("garbage.onnx"), new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
        Files.writeString(models.resolve("garbage.labels"), "house\n");
        writeTempoModel(models, "wrong-input", "mel_patch");
        writeTempoModel(models, "no-labels", StyleFeatures.INPUT_NAME);
        Files.delete(models.resolve("no-labels.labels"));
        writeTempoModel(models, "three-labels", StyleFeatures.INPUT_NAME);
        Files.writeString(models.resolve("three-labels.labels"), "# a comment\nslow\nfast\nvery fast\n");

        StyleModels loaded = StyleModels.load(models);

        assertTrue(loaded.isEmpty());
        String log = String.join("\n", logged);
        assertTrue(log.contains("garbage.onnx: ONNX Runtime cannot load it"), log);
        assertTrue(log.contains("wrong-input.onnx: needs exactly one float input named 'phaze_descriptors_v1'"), log);
        assertTrue(log.contains("no labels file no-labels.labels"), log);
        assertTrue(log.contains("outputs 2 scores but its .labels file names 3 labels"), log);
        assertTrue(ingest(loaded, fastGroove).descriptors().style().isEmpty());
    }

    @Test
    void aModelFailingOnAFileIsLoggedAndThatFileHasNoStyleFromIt() throws Exception {
        StyleClassifier failing = new StyleClassifier() {
            @Override
            public String name() {
                return "flaky";
            }

            @Override
            public List<StyleScore> classify(float[] features) throws StyleModelException {
                throw new StyleModelException("flaky: out of memory in the model");
            }
        };
        AnalysisResult a = ingest(new StyleModels(List.of(failing)), fastGroove);
        assertTrue(a.descriptors().style().isEmpty());
        assertTrue(String.join("\n", logged).contains("style model flaky failed on " + fastGroove), logged.toString());
    }

    /** Labels slow, fast; logits -(bpm - 110) / 5 and +(bpm - 110) / 5, every other feature weighted 0. */
    private static void writeTempoModel(Path models, String name, String inputName) throws Exception {
        float[][] w = new float[StyleFeatures.NAMES.size()][2];
        w[BPM][0] = -0.2f;
        w[BPM][1] = 0.2f;
        Files.write(models.resolve(name + ".onnx"), OnnxModelWriter.linearSoftmax(inputName, w, new float[] {22f, -22f}));
        Files.writeString(models.resolve(name + ".labels"), "slow\nfast\n");
    }

    private static AnalysisResult ingest(StyleModels models, Path file) throws Exception {
        return new AudioIngest(new AudioDecoder(), Set.of(), Density.INDEX, models).ingest(file).analysis();
    }
}
