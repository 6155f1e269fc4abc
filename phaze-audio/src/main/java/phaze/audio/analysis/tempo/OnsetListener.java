package phaze.audio.analysis.tempo;

/** Receives one onset-strength value per STFT frame, in stream order. */
@FunctionalInterface
public interface OnsetListener {
    void onset(float strength);
}
