package phaze.audio.analysis.spectrum;

/** Receives the magnitude spectrum of each STFT frame; the array is reused after the call returns. */
@FunctionalInterface
public interface SpectrumListener {
    void frame(float[] magnitudes);
}
