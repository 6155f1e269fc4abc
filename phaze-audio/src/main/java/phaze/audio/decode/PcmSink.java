package phaze.audio.decode;

/**
 * Receives decoded PCM block by block, in stream order. A decoder owns the array and reuses it
 * after {@link #accept} returns, which is what keeps an 8-hour decode in constant memory.
 */
public interface PcmSink {

    /** {@code interleaved[0 .. frames * channels)} holds the next frames of the stream. */
    void accept(float[] interleaved, int frames);

    /** Called once after the last block of a stream that decoded completely. */
    default void end() {
    }
}
