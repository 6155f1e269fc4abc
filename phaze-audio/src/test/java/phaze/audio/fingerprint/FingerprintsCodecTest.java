package phaze.audio.fingerprint;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class FingerprintsCodecTest {

    @Test
    void roundTripsEveryEngine() throws IOException {
        Fingerprints original = new Fingerprints(Map.of(
                Engine.LANDMARK, new Fingerprint(Engine.LANDMARK, new int[] {1, -7, Integer.MAX_VALUE}, new long[] {0, 5, 99}, 12.5),
                Engine.ROBUST, new Fingerprint(Engine.ROBUST, new int[] {42}, new long[] {Long.MAX_VALUE}, 12.5)), 12.5);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        FingerprintsCodec.write(original, bytes);
        Fingerprints back = FingerprintsCodec.read(new ByteArrayInputStream(bytes.toByteArray()));
        assertEquals(12.5, back.seconds());
        for (Engine e : Engine.values()) {
            assertArrayEquals(original.get(e).hashes(), back.get(e).hashes());
            assertArrayEquals(original.get(e).points(), back.get(e).points());
        }
    }

    @Test
    void equalFingerprintsGiveEqualBytesInEngineOrder() throws IOException {
        Fingerprint landmark = new Fingerprint(Engine.LANDMARK, new int[] {3}, new long[] {1}, 2.0);
        Fingerprint robust = new Fingerprint(Engine.ROBUST, new int[] {4}, new long[] {2}, 2.0);
        Map<Engine, Fingerprint> robustFirst = new LinkedHashMap<>();
        robustFirst.put(Engine.ROBUST, robust);
        robustFirst.put(Engine.LANDMARK, landmark);
        Map<Engine, Fingerprint> landmarkFirst = new LinkedHashMap<>();
        landmarkFirst.put(Engine.LANDMARK, landmark);
        landmarkFirst.put(Engine.ROBUST, robust);
        Fingerprints a = new Fingerprints(robustFirst, 2.0);
        assertEquals(List.of(Engine.values()), List.copyOf(a.byEngine().keySet()));
        ByteArrayOutputStream bytesA = new ByteArrayOutputStream();
        ByteArrayOutputStream bytesB = new ByteArrayOutputStream();
        FingerprintsCodec.write(a, bytesA);
        FingerprintsCodec.write(new Fingerprints(landmarkFirst, 2.0), bytesB);
        assertArrayEquals(bytesA.toByteArray(), bytesB.toByteArray());
    }

    @Test
    void refusesGarbageWithAClearError() {
        IOException e = assertThrows(IOException.class,
                () -> FingerprintsCodec.read(new ByteArrayInputStream("hello, not fingerprints".getBytes())));
        assertTrue(e.getMessage().contains("not a Phaze fingerprint stream"));
    }

    @Test
    void refusesAStreamOfAnotherVersionInsteadOfMisreadingItsHashes() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        FingerprintsCodec.write(new Fingerprints(Map.of(), 1.0), bytes);
        byte[] b = bytes.toByteArray();
        b[7] = 1; // version 1: robust hashes without the span class
        IOException e = assertThrows(IOException.class, () -> FingerprintsCodec.read(new ByteArrayInputStream(b)));
        assertTrue(e.getMessage().contains("version 1"), e.getMessage());
    }
}
