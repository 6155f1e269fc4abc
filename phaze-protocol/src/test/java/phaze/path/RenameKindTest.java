package phaze.path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RenameKindTest {

    @Test
    void recognisesCaseOnlyRenames() {
        assertEquals(RenameKind.CASE_ONLY, RenameKind.of("bicep - atlas.flac", "Bicep - Atlas.flac"));
        assertEquals(RenameKind.CASE_ONLY, RenameKind.of("Straße.mp3", "STRASSE.mp3"));
        assertTrue(RenameKind.isCaseOnlyRename("a/B.mp3", "A/b.mp3"));
    }

    @Test
    void recognisesNormalisationOnlyRenames() {
        assertEquals(RenameKind.NORMALIZATION_ONLY, RenameKind.of("Beyonce\u0301.mp3", "Beyonc\u00E9.mp3"));
    }

    @Test
    void distinguishesRealRenamesAndNoOps() {
        assertEquals(RenameKind.NONE, RenameKind.of("a.mp3", "a.mp3"));
        assertEquals(RenameKind.DIFFERENT, RenameKind.of("a.mp3", "b.mp3"));
        assertFalse(RenameKind.isCaseOnlyRename("a.mp3", "b.mp3"));
    }
}
