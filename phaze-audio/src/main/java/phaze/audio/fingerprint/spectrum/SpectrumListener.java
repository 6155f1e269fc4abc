package phaze.audio.fingerprint.spectrum;

/** Receives the frames of a {@link SpectralFrontEnd} in order. The array is reused after return. */
public interface SpectrumListener {
    /** {@code logPower[k]} is log2 of the power of bin k (k = 0 .. BINS-1) of frame {@code frame}. */
    void frame(int frame, float[] logPower);

    /** The stream ended; flush whatever is still pending. */
    void end();
}
