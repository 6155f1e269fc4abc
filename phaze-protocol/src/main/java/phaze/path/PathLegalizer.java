package phaze.path;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns any proposed folder and file name into a {@link LegalPath}: the one place where names from
 * rules, an LLM or a reviewer's edit are made safe. The result always passes {@link PathValidator},
 * keeps the original extension exactly, and legalizing it again changes nothing.
 */
public final class PathLegalizer {

    /** A folder shortened for the total limit keeps at least this many bytes before being dropped. */
    private static final int MIN_FOLDER_BYTES = 32;
    /** Room the stem always keeps next to the extension ("COM1_" must fit). */
    private static final int MIN_STEM_BYTES = 8;
    private static final String EMPTY_STEM = "_";

    private final PathLimits limits;
    private final PathValidator validator;

    public PathLegalizer(PathLimits limits) {
        this.limits = limits;
        this.validator = new PathValidator(limits);
    }

    public PathLegalizer() {
        this(PathLimits.defaults());
    }

    public PathLimits limits() {
        return limits;
    }

    /**
     * Legalizes a '/'-separated relative path whose last component is the file name.
     *
     * @throws UnsafePathException when the extension itself cannot be kept legally
     */
    public LegalPath legalize(String relativePath, FileExtension extension) {
        int slash = relativePath.lastIndexOf('/');
        String folder = slash < 0 ? "" : relativePath.substring(0, slash);
        return legalize(folder, relativePath.substring(slash + 1), extension);
    }

    /**
     * Legalizes a folder (relative to the library root, '/'-separated, "" for the root) and a file
     * name. The file name may or may not end with the extension; the result always ends with it.
     *
     * @throws UnsafePathException when the extension itself cannot be kept legally
     */
    public LegalPath legalize(String folder, String fileName, FileExtension extension) {
        requireKeepable(extension);
        String suffix = extension.suffix();
        int stemBudget = limits.maxComponentBytes() - ComponentRules.utf8Length(suffix);
        String stem = cleanStem(stripSuffix(fileName, suffix), stemBudget);
        if (extension.isNone()) {
            stem = withoutApparentExtension(stem);
        }
        List<String> folders = legalizeFolders(folder);
        int fileBytes = ComponentRules.utf8Length(stem + suffix);
        fitTotal(folders, fileBytes);
        int folderBytes = ComponentRules.utf8Length(String.join("/", folders)) + (folders.isEmpty() ? 0 : 1);
        if (folderBytes + fileBytes > limits.maxTotalBytes()) {
            stem = cleanStem(stem, limits.maxTotalBytes() - folderBytes - ComponentRules.utf8Length(suffix));
        }
        LegalPath result = new LegalPath(String.join("/", folders), stem + suffix);
        validator.requireLegal(result.relativePath());
        return result;
    }

    /** Legalizes one folder name; "" when nothing legal remains (the caller drops it). */
    public String legalizeFolderName(String name) {
        return ComponentCleaner.clean(name, limits.maxComponentBytes());
    }

    /** Legalizes a relative folder path: illegal parts repaired, '.', '..' and empty parts dropped. */
    public String legalizeFolder(String folder) {
        List<String> folders = legalizeFolders(folder);
        fitTotal(folders, 0);
        return String.join("/", folders);
    }

    private List<String> legalizeFolders(String folder) {
        List<String> folders = new ArrayList<>();
        if (folder == null) {
            return folders;
        }
        for (String part : folder.split("/")) {
            String clean = legalizeFolderName(part);
            if (!clean.isEmpty()) {
                folders.add(clean);
            }
        }
        return folders;
    }

    /** Shortens the longest folder names first, then drops the deepest, until the whole path fits. */
    private void fitTotal(List<String> folders, int fileBytes) {
        while (!folders.isEmpty() && excess(folders, fileBytes) > 0) {
            int longest = indexOfLongest(folders);
            String name = folders.get(longest);
            int bytes = ComponentRules.utf8Length(name);
            if (bytes <= MIN_FOLDER_BYTES) {
                folders.remove(folders.size() - 1);
                continue;
            }
            int target = Math.max(MIN_FOLDER_BYTES, bytes - excess(folders, fileBytes));
            String shorter = ComponentCleaner.clean(name, target);
            if (shorter.isEmpty()) {
                folders.remove(longest);
            } else {
                folders.set(longest, shorter);
            }
        }
    }

    private int excess(List<String> folders, int fileBytes) {
        int folderBytes = ComponentRules.utf8Length(String.join("/", folders)) + (folders.isEmpty() ? 0 : 1);
        return folderBytes + fileBytes - limits.maxTotalBytes();
    }

    private static int indexOfLongest(List<String> folders) {
        int best = 0;
        for (int i = 1; i < folders.size(); i++) {
            if (ComponentRules.utf8Length(folders.get(i)) > ComponentRules.utf8Length(folders.get(best))) {
                best = i;
            }
        }
        return best;
    }

    private static String cleanStem(String stem, int budget) {
        String clean = ComponentCleaner.clean(stem, budget);
        return clean.isEmpty() ? EMPTY_STEM : clean;
    }

    /** A file without extension must not gain one: "Live 2019.03.29" would read as extension "29". */
    private static String withoutApparentExtension(String stem) {
        return stem.charAt(0) + stem.substring(1).replace('.', '_');
    }

    private static String stripSuffix(String fileName, String suffix) {
        if (suffix.isEmpty() || fileName.length() <= suffix.length()) {
            return fileName;
        }
        String lower = fileName.toLowerCase(Locale.ROOT);
        return lower.endsWith(suffix.toLowerCase(Locale.ROOT))
                ? fileName.substring(0, fileName.length() - suffix.length())
                : fileName;
    }

    /** The extension never changes, so an extension that is not legal as-is cannot be legalized. */
    private void requireKeepable(FileExtension extension) {
        String value = extension.value();
        List<PathViolation> violations = new ArrayList<>();
        if (value.codePoints().anyMatch(ComponentRules::isForbidden)) {
            violations.add(PathViolation.of(PathRule.RESERVED_CHARACTER, value));
        }
        if (ComponentRules.hasTrailingDotOrSpace(value)) {
            violations.add(PathViolation.of(PathRule.TRAILING_DOT_OR_SPACE, value));
        }
        if (!Normalizer.isNormalized(value, Normalizer.Form.NFC)) {
            violations.add(PathViolation.of(PathRule.NOT_NFC, value));
        }
        if (ComponentRules.utf8Length(extension.suffix()) + MIN_STEM_BYTES > limits.maxComponentBytes()) {
            violations.add(new PathViolation(PathRule.COMPONENT_TOO_LONG, value, "extension too long to keep"));
        }
        if (!violations.isEmpty()) {
            throw new UnsafePathException("." + value, violations);
        }
    }
}
