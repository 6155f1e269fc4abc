package phaze.audio.analysis.style;

/**
 * One label of a user-supplied style classifier and its score. Scores are what the model outputs
 * (a softmax or a sigmoid, the model's author decides); Phaze does not calibrate them.
 *
 * @param model the model's file name without {@code .onnx}, so two models' "house" can be told apart
 */
public record StyleScore(String model, String label, double score) {
}
