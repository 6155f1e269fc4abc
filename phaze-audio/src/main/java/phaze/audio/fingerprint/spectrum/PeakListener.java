package phaze.audio.fingerprint.spectrum;

/** Receives peaks in time order, then the end of the stream. */
public interface PeakListener {
    void peak(Peak p);

    default void end() {
    }
}
