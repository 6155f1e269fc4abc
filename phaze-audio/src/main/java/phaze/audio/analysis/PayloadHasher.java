package phaze.audio.analysis;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import phaze.audio.decode.PcmFormat;
import phaze.audio.decode.PcmSink;

/**
 * SHA-256 over the decoded stream quantized to signed 16-bit little-endian PCM at the ingest format
 * (22050 Hz, 2 channels; ADR 030). Quantizing makes the canonical form explicit and independent of
 * float formatting; tags, cover art and container metadata never reach the decoder's output, so tag
 * edits cannot change the hash. A different ffmpeg resampler could, hence the version in the name.
 */
public final class PayloadHasher implements PcmSink {
    public static final String ALGORITHM = "sha256-pcm-s16le-22050hz-2ch-v1";

    private final MessageDigest digest;
    private final PcmFormat format;
    private byte[] bytes = new byte[0];

    public PayloadHasher(PcmFormat format) {
        this.format = format;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    @Override
    public void accept(float[] interleaved, int frames) {
        int samples = frames * format.channels();
        if (bytes.length < samples * 2) {
            bytes = new byte[samples * 2];
        }
        for (int i = 0; i < samples; i++) {
            // Math.round(float) but cheaper (Java 17 rounds with bit twiddling and branches): x + 0.5 in
            // double loses nothing that could move the floor, so this is the same integer for every float
            // (checked for all 2^32); the hash must not change
            int v = (int) Math.floor(interleaved[i] * 32768f + 0.5);
            v = v > 32767 ? 32767 : Math.max(v, -32768);
            bytes[2 * i] = (byte) v;
            bytes[2 * i + 1] = (byte) (v >> 8);
        }
        digest.update(bytes, 0, samples * 2);
    }

    /** The digest of everything accepted so far; call once, after the stream ended. */
    public AudioPayloadHash hash() {
        String algorithm = format.sampleRate() == 22050 && format.channels() == 2 ? ALGORITHM
                : "sha256-pcm-s16le-" + format.sampleRate() + "hz-" + format.channels() + "ch-v1";
        return new AudioPayloadHash(algorithm, HexFormat.of().formatHex(digest.digest()));
    }
}
