package phaze.proposal.control;

import org.junit.jupiter.api.Test;

import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PathChangeTest {

    @Test
    void marksWhatARenameRemovesAndAdds() {
        PathChange.Sides sides = PathChange.of("incoming/bicep_atlas.mp3", "music/Bicep/Bicep - Atlas.mp3");
        assertEquals("incoming/bicep_atlas.mp3", text(sides.before(), null));
        assertEquals("music/Bicep/Bicep - Atlas.mp3", text(sides.after(), null));
        // every character kept on one side is kept on the other
        assertEquals(text(sides.before(), PathChange.Kind.SAME), text(sides.after(), PathChange.Kind.SAME));
    }

    @Test
    void wordsAreReplacedWholeNotLetterByLetter() {
        PathChange.Sides sides = PathChange.of("incoming/albums/Bicep - Isles (2021)/01 atlas.flac",
                "music/Bicep/Isles/Bicep - 01 - Atlas.flac");
        assertTrue(sides.before().contains(new PathChange.Segment("incoming", PathChange.Kind.REMOVED)),
                sides.before().toString());
        assertTrue(sides.after().stream().anyMatch(s -> s.kind() == PathChange.Kind.ADDED && s.text().contains("music")));
        assertTrue(sides.after().stream().anyMatch(s -> s.kind() == PathChange.Kind.SAME && s.text().contains("Bicep")));
    }

    @Test
    void anUnchangedPathIsOneKeptRun() {
        PathChange.Sides sides = PathChange.of("a/b.flac", "a/b.flac");
        assertEquals(1, sides.before().size());
        assertEquals(PathChange.Kind.SAME, sides.after().get(0).kind());
    }

    @Test
    void aCaseOnlyRenameShowsOnlyTheLetters() {
        PathChange.Sides sides = PathChange.of("dj set.mp3", "DJ Set.mp3");
        assertEquals("djset", text(sides.before(), PathChange.Kind.REMOVED));
        assertEquals("DJSet", text(sides.after(), PathChange.Kind.ADDED));
    }

    private static String text(java.util.List<PathChange.Segment> segments, PathChange.Kind kind) {
        return segments.stream().filter(s -> kind == null || s.kind() == kind).map(PathChange.Segment::text)
                .collect(Collectors.joining());
    }
}
