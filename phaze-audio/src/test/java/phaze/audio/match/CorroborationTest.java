package phaze.audio.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import phaze.audio.fingerprint.Engine;
import phaze.audio.index.Reference;

class CorroborationTest {
    private static final Reference SONG = new Reference(7, "song.flac", 240);
    private static final Reference OTHER = new Reference(8, "other.flac", 240);

    private static Match landmark(Reference r, double offset, double score) {
        return new Match(r, Engine.LANDMARK, offset, score, 1.0, 0.0, 7);
    }

    private static Match robust(Reference r, double offset, double score, double stretch) {
        return new Match(r, Engine.ROBUST, offset, score, stretch, 0.0, 6);
    }

    @Test
    void twoWeakEnginesAgreeingOnReferenceAndOffsetMakeAMatch() {
        Match m = Corroboration.best(List.of(landmark(SONG, 61.2, 3.1)), List.of(robust(SONG, 61.4, 2.6, 1.01))).orElseThrow();
        assertEquals(SONG, m.reference());
        assertEquals(61.2, m.offsetSeconds(), 1e-9);
        assertEquals(5.7, m.score(), 1e-9);
    }

    @Test
    void disagreementOrTooLittleEvidenceGivesNothing() {
        assertTrue(Corroboration.best(List.of(landmark(SONG, 61.2, 3.1)), List.of(robust(OTHER, 61.2, 2.6, 1.0))).isEmpty());
        assertTrue(Corroboration.best(List.of(landmark(SONG, 61.2, 3.1)), List.of(robust(SONG, 70.0, 2.6, 1.0))).isEmpty());
        assertTrue(Corroboration.best(List.of(landmark(SONG, 61.2, 3.1)), List.of(robust(SONG, 61.2, 2.6, 1.08))).isEmpty());
        assertTrue(Corroboration.best(List.of(landmark(SONG, 61.2, 2.4)), List.of(robust(SONG, 61.2, 2.3, 1.0))).isEmpty());
    }

    @Test
    void everyPairComparedCostsItsShareOfTheScore() {
        List<Match> landmarks = List.of(landmark(SONG, 10, 3.0), landmark(OTHER, 20, 2.5));
        List<Match> robusts = List.of(robust(SONG, 10.2, 3.0, 1.0), robust(OTHER, 50, 2.5, 1.0));
        assertEquals(6.0 - Math.log10(4), Corroboration.best(landmarks, robusts).orElseThrow().score(), 1e-9);
    }
}
