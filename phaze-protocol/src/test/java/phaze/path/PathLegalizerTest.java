package phaze.path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PathLegalizerTest {

    private final PathLegalizer legalizer = new PathLegalizer();
    private static final FileExtension MP3 = new FileExtension("mp3");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "AC/DC - Back In Black|AC-DC - Back In Black.mp3",
            "Artist: Title|Artist - Title.mp3",
            "What? Yes*|What Yes_.mp3",
            "\"Quoted\"|'Quoted'.mp3",
            "con|con_.mp3",
            "CON.live|CON_.live.mp3",
            "Trailing dots...|Trailing dots.mp3",
            "  spaced   out  |spaced out.mp3",
            "set.MP3|set.mp3",
            "...|_.mp3",
            "''|_.mp3",
    })
    void repairsFileNames(String proposed, String expected) {
        assertEquals(expected, legalizer.legalize("", proposed, MP3).fileName());
    }

    @Test
    void dropsTraversalAndEmptyFolders() {
        LegalPath path = legalizer.legalize("/../music/./../Bicep//Isles/", "Bicep - 01 - Atlas", new FileExtension("flac"));
        assertEquals("music/Bicep/Isles", path.folder());
        assertEquals("music/Bicep/Isles/Bicep - 01 - Atlas.flac", path.relativePath());
    }

    @Test
    void keepsTheExtensionExactlyIncludingCase() {
        assertEquals("Live Set.FLAC", legalizer.legalize("", "Live Set", new FileExtension("FLAC")).fileName());
        assertEquals("x.flac24.flac", legalizer.legalize("", "x.flac24", new FileExtension("flac")).fileName());
    }

    @Test
    void refusesAnExtensionItCannotKeep() {
        assertThrows(UnsafePathException.class, () -> legalizer.legalize("", "a", new FileExtension("mp|3")));
    }

    @Test
    void composesToNfc() {
        assertEquals("Beyonc\u00E9.mp3", legalizer.legalize("", "Beyonce\u0301", MP3).fileName());
    }

    @Test
    void truncatesAtAGraphemeBoundaryKeepingTheExtension() {
        String stem = "e\u0301".repeat(200); // NFC: 200 x U+00E9, 400 bytes
        String name = legalizer.legalize("", stem, MP3).fileName();
        assertTrue(name.endsWith(".mp3"));
        assertTrue(name.getBytes(StandardCharsets.UTF_8).length <= 255);
        assertEquals(125, name.length() - 4, "whole two-byte letters only");
    }

    @Test
    void neverSplitsAnAstralCharacter() {
        String stem = "\uD83C\uDFB5".repeat(100); // 400 bytes of musical notes
        String name = legalizer.legalize("", stem, MP3).fileName();
        assertEquals(62 * 2, name.length() - 4, "251 bytes hold 62 four-byte notes");
    }

    @Test
    void shortensFoldersToFitTheTotalLimit() {
        PathLegalizer tight = new PathLegalizer(PathLimits.underRoot("/" + "r".repeat(700)));
        String folder = ("f".repeat(200) + "/").repeat(3);
        LegalPath path = tight.legalize(folder, "Bicep - 01 - Atlas", MP3);
        assertTrue(path.relativePath().getBytes(StandardCharsets.UTF_8).length <= tight.limits().maxTotalBytes());
        assertEquals("Bicep - 01 - Atlas.mp3", path.fileName());
    }

    @Test
    void legalizesFolderPaths() {
        assertEquals("performances/festivals/Ultra - Miami 2019",
                legalizer.legalizeFolder("performances/festivals/Ultra: Miami 2019."));
    }
}
