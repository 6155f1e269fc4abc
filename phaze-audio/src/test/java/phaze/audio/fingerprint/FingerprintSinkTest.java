package phaze.audio.fingerprint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import phaze.audio.decode.AudioDecoder;
import phaze.audio.decode.PcmFormat;

/** The engines must work on the analysis decode (22050 Hz stereo) as well as on their own 8 kHz decode. */
class FingerprintSinkTest {
    private static final Path TRACK = Path.of("/usr/share/games/wesnoth/1.16/data/core/music/northerners.ogg");

    @Test
    void sharedStereoDecodeGivesNearlyTheSameHashesAsTheNativeDecode() throws Exception {
        AudioDecoder decoder = new AudioDecoder();
        FingerprintSink shared = new FingerprintSink(new PcmFormat(22050, 2), EnumSet.allOf(Engine.class), Density.INDEX);
        decoder.decode(TRACK, new PcmFormat(22050, 2), shared);
        Fingerprints a = shared.result();
        Fingerprints b = new Fingerprinter(decoder).fingerprint(TRACK, EnumSet.allOf(Engine.class), Density.INDEX);
        assertEquals(b.seconds(), a.seconds(), 0.1);
        for (Engine e : Engine.values()) {
            double overlap = overlap(a.get(e), b.get(e));
            assertTrue(overlap > 0.6, e + " hashes shared between decodes: " + overlap);
        }
    }

    @Test
    void indexDensityStaysWithinTheSizeBudget() throws Exception {
        Fingerprints f = new Fingerprinter(new AudioDecoder()).fingerprint(TRACK, EnumSet.allOf(Engine.class), Density.INDEX);
        double perSecond = (f.get(Engine.LANDMARK).size() + f.get(Engine.ROBUST).size()) / f.seconds();
        assertTrue(perSecond > 10 && perSecond < 30, "postings per second: " + perSecond);
    }

    private static double overlap(Fingerprint x, Fingerprint y) {
        Set<Long> keys = new HashSet<>();
        for (int i = 0; i < x.size(); i++) {
            keys.add((long) x.hashes()[i] << 40 ^ x.frameOf(i));
        }
        int shared = 0;
        for (int i = 0; i < y.size(); i++) {
            shared += keys.contains((long) y.hashes()[i] << 40 ^ y.frameOf(i)) ? 1 : 0;
        }
        return shared / (double) Math.max(1, y.size());
    }
}
