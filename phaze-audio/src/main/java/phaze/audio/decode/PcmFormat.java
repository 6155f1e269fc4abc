package phaze.audio.decode;

/**
 * The shape of the PCM stream a decoder produces: interleaved 32-bit float samples in [-1, 1].
 * One format per decode, so every consumer of a single pass sees the same samples.
 */
public record PcmFormat(int sampleRate, int channels) {
    public PcmFormat {
        if (sampleRate < 1000 || sampleRate > 192_000) {
            throw new IllegalArgumentException("sample rate out of range: " + sampleRate);
        }
        if (channels < 1 || channels > 8) {
            throw new IllegalArgumentException("channel count out of range: " + channels);
        }
    }

    public static PcmFormat mono(int sampleRate) {
        return new PcmFormat(sampleRate, 1);
    }
}
