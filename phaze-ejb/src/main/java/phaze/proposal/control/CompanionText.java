package phaze.proposal.control;

import java.util.Locale;

/**
 * The text of a companion file next to the recording (.cue, .nfo, .m3u, .txt).
 *
 * @param fileName the companion's file name, e.g. "set.cue"
 * @param text     its decoded contents
 */
public record CompanionText(String fileName, String text) {

    public CompanionText {
        if (fileName == null || text == null) {
            throw new IllegalArgumentException("a companion needs a file name and a text");
        }
    }

    public String kind() {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
