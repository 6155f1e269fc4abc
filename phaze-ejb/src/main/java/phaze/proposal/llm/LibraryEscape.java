package phaze.proposal.llm;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recognises a proposed folder or name that tries to leave the library root. The legalizer would turn
 * "../../etc" into "etc" or "/abs/path" into "abs/path"; an answer like that says the model is
 * confused (or was prompt-injected by a companion text), so the file is refused instead of repaired.
 */
final class LibraryEscape {

    private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:");
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://");

    private LibraryEscape() {
    }

    /** Why the path leaves the library, or empty. Both separators count: SMB treats '\' as one. */
    static Optional<String> find(String folder, String fileName) {
        for (String part : new String[] {folder, fileName}) {
            if (part == null || part.isEmpty()) {
                continue;
            }
            String text = part.strip();
            if (text.startsWith("/") || text.startsWith("\\")) {
                return Optional.of("absolute path");
            }
            if (DRIVE.matcher(text).find()) {
                return Optional.of("drive letter");
            }
            if (SCHEME.matcher(text).find()) {
                return Optional.of("URL");
            }
            if (text.startsWith("~")) {
                return Optional.of("home directory");
            }
            for (String component : text.split("[/\\\\]")) {
                if (isParent(component.strip())) {
                    return Optional.of("parent folder reference '" + component.strip() + "'");
                }
            }
        }
        return Optional.empty();
    }

    /** "..", and "..." too: Windows drops trailing dots, so it resolves like "..". */
    private static boolean isParent(String component) {
        return component.length() >= 2 && component.chars().allMatch(c -> c == '.');
    }
}
