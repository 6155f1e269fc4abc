package phaze.audio.analysis.style;

import java.util.List;

/** One loaded style model. Implementations must be thread-safe: one ingest per core shares them. */
public interface StyleClassifier {
    /** The model's name (its file name without {@code .onnx}). */
    String name();

    /**
     * @param features {@link StyleFeatures#of} of one file
     * @return one score per label, in the labels file's order
     * @throws StyleModelException when the model cannot be run on these features
     */
    List<StyleScore> classify(float[] features) throws StyleModelException;
}
