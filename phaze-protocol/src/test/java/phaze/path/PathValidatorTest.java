package phaze.path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PathValidatorTest {

    private final PathValidator validator = new PathValidator();

    @Test
    void acceptsATypicalPerformancePath() {
        assertEquals(List.of(), validator.check(
                "performances/festivals/Coachella 2024/Disclosure - Live @ Coachella Sahara Stage Day 1 2024.04.12.mp3"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "/etc/passwd;ABSOLUTE",
            "C:/music/a.mp3;ABSOLUTE",
            "music/../../etc/a.mp3;PARENT_REFERENCE",
            "music/./a.mp3;PARENT_REFERENCE",
            "music//a.mp3;EMPTY",
            "music/AC|DC.mp3;RESERVED_CHARACTER",
            "music/What?.mp3;RESERVED_CHARACTER",
            "music/con.mp3;RESERVED_NAME",
            "music/LPT9;RESERVED_NAME",
            "music/Com1 .flac;RESERVED_NAME",
            "music/Album./a.mp3;TRAILING_DOT_OR_SPACE",
            "music/Album /a.mp3;TRAILING_DOT_OR_SPACE",
    })
    void namesTheRuleThatFailed(String path, PathRule rule) {
        List<PathViolation> violations = validator.check(path);
        assertTrue(violations.stream().anyMatch(v -> v.rule() == rule), () -> path + " -> " + violations);
    }

    @Test
    void findsControlCharactersAndBidiOverrides() {
        assertEquals(PathRule.CONTROL_CHARACTER, validator.check("a\u0007b.mp3").get(0).rule());
        assertEquals(PathRule.CONTROL_CHARACTER, validator.check("evil\u202Ecalf.mp3").get(0).rule());
        assertEquals(PathRule.CONTROL_CHARACTER, validator.check("lone\uD800.mp3").get(0).rule());
    }

    @Test
    void allowsRightToLeftTextAndMarks() {
        assertEquals(List.of(), validator.check("music/\u05E9\u05DC\u05D5\u05DD\u200F/a.mp3"));
    }

    @Test
    void rejectsNfdNames() {
        assertEquals(PathRule.NOT_NFC, validator.check("Beyonce\u0301.mp3").get(0).rule());
    }

    @Test
    void countsBytesNotCharacters() {
        String name = "\u00E9".repeat(128) + ".mp3"; // 256 + 4 bytes, 132 chars
        PathViolation violation = validator.check(name).get(0);
        assertEquals(PathRule.COMPONENT_TOO_LONG, violation.rule());
        assertTrue(violation.message().contains("260 bytes, limit 255"), violation.message());
    }

    @Test
    void enforcesTheTotalLimitUnderARoot() {
        PathValidator underRoot = new PathValidator(PathLimits.underRoot("/srv/music"));
        String path = ("a".repeat(200) + "/").repeat(6) + "x.mp3";
        assertTrue(underRoot.check(path).stream().anyMatch(v -> v.rule() == PathRule.PATH_TOO_LONG));
    }

    @Test
    void messageTellsTheUserWhatToDo() {
        UnsafePathException error = assertThrows(UnsafePathException.class,
                () -> validator.requireLegal("music/AUX/a.mp3"));
        assertTrue(error.getMessage().contains("'AUX' is a reserved Windows device name"), error.getMessage());
        assertTrue(error.getMessage().contains("add a word to it"), error.getMessage());
    }

    @Test
    void renameMustKeepTheExtensionExactly() {
        List<PathViolation> violations = validator.checkRename("set.MP3", "music/set.mp3");
        assertEquals(PathRule.EXTENSION_CHANGED, violations.get(0).rule());
        assertEquals(List.of(), validator.checkRename("set.MP3", "music/Set.MP3"));
    }

    @Test
    void resolvesInsideTheRoot() {
        Path root = Path.of("/srv/music");
        assertEquals(Path.of("/srv/music/a/b.mp3"), validator.resolveInside(root, "a/b.mp3"));
        assertThrows(UnsafePathException.class, () -> validator.resolveInside(root, "../b.mp3"));
        assertThrows(UnsafePathException.class, () -> validator.resolveInside(root, "/srv/other/b.mp3"));
    }
}
