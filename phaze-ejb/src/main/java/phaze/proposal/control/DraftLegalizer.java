package phaze.proposal.control;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import phaze.path.FileExtension;
import phaze.path.LegalPath;
import phaze.path.PathLegalizer;

/**
 * The gate every proposal passes before it is stored, whoever wrote it: the rules engine, an LLM's
 * answer or a reviewer's edit. It legalizes folder and name with the one {@link PathLegalizer},
 * forces the file's own extension, clamps confidence to 0..1 and says in the reasoning what it changed.
 */
public final class DraftLegalizer {

    private static final Set<String> MEDIA_EXTENSIONS = Set.of("mp3", "flac", "m4a", "ogg", "oga", "opus", "wav",
            "aiff", "aif", "wma", "aac", "ape", "wv", "shn", "mpc", "dsf", "dff", "alac", "m4b", "mp4", "mkv", "avi",
            "webm", "mov");

    private final PathLegalizer legalizer;

    public DraftLegalizer(PathLegalizer legalizer) {
        this.legalizer = legalizer;
    }

    /**
     * A legal draft for the file described by {@code evidence}.
     *
     * @param folder     suggested folder relative to the library root ('/'-separated; may be illegal)
     * @param fileName   suggested file name, with or without extension (a different extension is ignored)
     * @param confidence any number; NaN becomes 0, the rest is clamped to 0..1
     */
    public ProposalDraft legalize(ProposalEvidence evidence, String folder, String fileName, double confidence,
                                  String reasoning, RecordingKind kind, Map<NameField, Provenance> provenance) {
        FileExtension extension = evidence.extension();
        String name = fileName == null ? "" : fileName;
        StringBuilder notes = new StringBuilder();
        FileExtension suggested = FileExtension.of(name);
        if (!suggested.isNone() && !suggested.value().equalsIgnoreCase(extension.value()) && looksLikeAudio(suggested)) {
            name = FileExtension.stemOf(name);
            notes.append(" The extension stays ").append(extension.suffix()).append(" (suggested ")
                    .append(suggested.suffix()).append(").");
        }
        String wanted = (folder == null ? "" : folder) + "/" + name;
        LegalPath legal = legalizer.legalize(folder == null ? "" : folder, name, extension);
        String requested = stripExtension(wanted, extension);
        String got = stripExtension("/" + legal.relativePath(), extension);
        if (!trimSlashes(requested).equals(trimSlashes(got))) {
            notes.append(" Adjusted to be a legal path on Linux, macOS and SMB.");
        }
        double clamped = Double.isNaN(confidence) ? 0 : Math.max(0, Math.min(1, confidence));
        String because = reasoning == null || reasoning.isBlank() ? "No reasoning given." : reasoning.strip();
        return new ProposalDraft(legal.fileName(), legal.folder(), clamped, because + notes, kind, provenance);
    }

    /** Only a real media extension counts: "2019.06.29" or "2023.07.xx" end in a date, not an extension. */
    private static boolean looksLikeAudio(FileExtension extension) {
        return MEDIA_EXTENSIONS.contains(extension.value().toLowerCase(Locale.ROOT));
    }

    private static String stripExtension(String path, FileExtension extension) {
        String suffix = extension.suffix().toLowerCase(Locale.ROOT);
        return !suffix.isEmpty() && path.toLowerCase(Locale.ROOT).endsWith(suffix)
                ? path.substring(0, path.length() - suffix.length()) : path;
    }

    private static String trimSlashes(String path) {
        int start = 0;
        while (start < path.length() && path.charAt(start) == '/') {
            start++;
        }
        return path.substring(start);
    }
}
