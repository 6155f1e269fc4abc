package phaze.path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever a rule engine, an LLM or a reviewer proposes, the legalizer's output is safe. */
class PathLegalizerPropertyTest {

    private static final Path ROOT = Path.of("/srv/music/library");
    private final PathLegalizer legalizer = new PathLegalizer(PathLimits.underRoot(ROOT.toString()));
    private final PathValidator validator = new PathValidator(PathLimits.underRoot(ROOT.toString()));

    @Property(tries = 400)
    void outputIsAlwaysLegal(@ForAll("folders") String folder, @ForAll("names") String name,
                             @ForAll("extensions") String extension) {
        LegalPath path = legalizer.legalize(folder, name, new FileExtension(extension));
        assertEquals(List.of(), validator.check(path.relativePath()));
        assertTrue(path.relativePath().getBytes(StandardCharsets.UTF_8).length <= validator.limits().maxTotalBytes());
    }

    @Property(tries = 400)
    void legalizingTwiceChangesNothing(@ForAll("folders") String folder, @ForAll("names") String name,
                                       @ForAll("extensions") String extension) {
        FileExtension ext = new FileExtension(extension);
        LegalPath once = legalizer.legalize(folder, name, ext);
        assertEquals(once, legalizer.legalize(once.folder(), once.fileName(), ext));
        assertEquals(once, legalizer.legalize(once.relativePath(), ext));
    }

    @Property(tries = 300)
    void staysInsideTheRoot(@ForAll("folders") String folder, @ForAll("names") String name) {
        LegalPath path = legalizer.legalize(folder, name, new FileExtension("flac"));
        Path resolved = validator.resolveInside(ROOT, path.relativePath());
        assertTrue(resolved.startsWith(ROOT));
    }

    @Property(tries = 300)
    void keepsTheExtensionExactly(@ForAll("names") String name, @ForAll("extensions") String extension) {
        LegalPath path = legalizer.legalize("", name, new FileExtension(extension));
        assertEquals(extension, FileExtension.of(path.fileName()).value());
    }

    @Provide
    Arbitrary<String> names() {
        return messyText(0, 400);
    }

    @Provide
    Arbitrary<String> folders() {
        Arbitrary<String> component = Arbitraries.oneOf(messyText(0, 120),
                Arbitraries.of("..", ".", "", " ", "CON", "nul.txt", "C:", "~"));
        return component.list().ofMaxSize(12).map(parts -> String.join("/", parts))
                .injectDuplicates(0.05);
    }

    @Provide
    Arbitrary<String> extensions() {
        return Arbitraries.of("mp3", "flac", "FLAC", "m4a", "ogg", "wav", "flac24", "shn", "", "Opus", "mp4");
    }

    /** Text built from the code points that break naive legalizers. */
    private static Arbitrary<String> messyText(int minLength, int maxLength) {
        Arbitrary<Integer> codePoint = Arbitraries.frequencyOf(List.of(
                weighted(20, Arbitraries.integers().between(0x20, 0x7E)),
                weighted(6, Arbitraries.of((int) '<', (int) '>', (int) ':', (int) '"', (int) '/', (int) '\\',
                        (int) '|', (int) '?', (int) '*', (int) '.', (int) ' ')),
                weighted(4, Arbitraries.integers().between(0x00, 0x1F)),
                weighted(2, Arbitraries.integers().between(0x7F, 0x9F)),
                weighted(6, Arbitraries.integers().between(0x0300, 0x036F)),
                weighted(4, Arbitraries.integers().between(0x05D0, 0x05EA)),
                weighted(4, Arbitraries.integers().between(0x0600, 0x06FF)),
                weighted(2, Arbitraries.of(0x200E, 0x200F, 0x202A, 0x202E, 0x2066, 0x2069, 0xFEFF, 0x00A0, 0x3000)),
                weighted(4, Arbitraries.integers().between(0x1100, 0x11FF)),
                weighted(4, Arbitraries.integers().between(0xAC00, 0xD7A3)),
                weighted(4, Arbitraries.integers().between(0x4E00, 0x4FFF)),
                weighted(4, Arbitraries.integers().between(0x1F300, 0x1FAFF)),
                weighted(2, Arbitraries.integers().between(0x1D400, 0x1D7FF)),
                weighted(2, Arbitraries.integers().between(0xD800, 0xDFFF)),
                weighted(3, Arbitraries.integers().between(0x00C0, 0x024F)),
                weighted(1, Arbitraries.of(0x037E, 0x212B, 0x2126, 0x00B9, 0x00B2))));
        return codePoint.list().ofMinSize(minLength).ofMaxSize(maxLength).map(cps -> {
            StringBuilder text = new StringBuilder();
            cps.forEach(text::appendCodePoint);
            return text.toString();
        });
    }

    private static net.jqwik.api.Tuple.Tuple2<Integer, Arbitrary<Integer>> weighted(int weight, Arbitrary<Integer> arbitrary) {
        return net.jqwik.api.Tuple.of(weight, arbitrary);
    }
}
