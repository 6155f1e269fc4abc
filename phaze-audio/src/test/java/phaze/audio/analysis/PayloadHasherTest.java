package phaze.audio.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;
import phaze.audio.decode.PcmFormat;

/**
 * The payload hash is stored and compared across versions, so its canonical form is pinned here:
 * SHA-256 of {@code clamp(Math.round(x * 32768))} as 16-bit little-endian, whatever the hasher does
 * to compute it faster.
 */
class PayloadHasherTest {
    private static final PcmFormat FORMAT = new PcmFormat(22050, 2);

    @Test
    void hashesTheRoundedClampedSixteenBitSamples() throws Exception {
        float[] edges = {0f, -0f, 0.5f / 32768, -0.5f / 32768, 1.5f / 32768, -1.5f / 32768,
            Math.nextDown(0.5f / 32768), Math.nextUp(-0.5f / 32768), 32767.5f / 32768, -32768.5f / 32768,
            1f, -1f, 2f, -2f, Float.MIN_VALUE, -Float.MIN_VALUE, Float.NaN, Float.POSITIVE_INFINITY,
            Float.NEGATIVE_INFINITY, Float.MAX_VALUE, -Float.MAX_VALUE};
        Random random = new Random(7);
        float[] samples = new float[2 * 5000];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = i < edges.length ? edges[i]
                    : random.nextBoolean() ? (float) random.nextGaussian() * 0.3f
                    : (random.nextInt(65536) - 32768 + (random.nextBoolean() ? 0.5f : 0f)) / 32768f;
        }
        PayloadHasher hasher = new PayloadHasher(FORMAT);
        hasher.accept(samples, 1000);
        float[] rest = new float[samples.length - 2000];
        System.arraycopy(samples, 2000, rest, 0, rest.length);
        hasher.accept(rest, rest.length / 2);

        AudioPayloadHash hash = hasher.hash();
        assertEquals(PayloadHasher.ALGORITHM, hash.algorithm());
        assertEquals(reference(samples), hash.hex());
    }

    private static String reference(float[] samples) throws Exception {
        byte[] bytes = new byte[2 * samples.length];
        for (int i = 0; i < samples.length; i++) {
            int v = Math.max(-32768, Math.min(32767, Math.round(samples[i] * 32768f)));
            bytes[2 * i] = (byte) v;
            bytes[2 * i + 1] = (byte) (v >> 8);
        }
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
