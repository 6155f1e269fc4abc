package phaze.path;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Reports every {@link PathRule} a relative destination breaks. Used by the controller before a
 * proposal is stored or approved, and by the agent again before it moves a file.
 */
public final class PathValidator {

    private final PathLimits limits;

    public PathValidator(PathLimits limits) {
        this.limits = limits;
    }

    public PathValidator() {
        this(PathLimits.defaults());
    }

    public PathLimits limits() {
        return limits;
    }

    /** All violations of a '/'-separated destination relative to a library root; empty when legal. */
    public List<PathViolation> check(String relativePath) {
        List<PathViolation> violations = new ArrayList<>();
        if (relativePath == null || relativePath.isEmpty()) {
            violations.add(PathViolation.of(PathRule.EMPTY, "destination"));
            return violations;
        }
        if (isAbsolute(relativePath)) {
            violations.add(PathViolation.of(PathRule.ABSOLUTE, relativePath));
        }
        int bytes = ComponentRules.utf8Length(relativePath);
        if (bytes > limits.maxTotalBytes()) {
            violations.add(new PathViolation(PathRule.PATH_TOO_LONG, relativePath,
                    bytes + " bytes, limit " + limits.maxTotalBytes()));
        }
        String[] components = relativePath.split("/", -1);
        for (int i = 0; i < components.length; i++) {
            boolean leadingSlash = i == 0 && components.length > 1 && components[0].isEmpty();
            if (!leadingSlash) {
                checkComponent(components[i], violations);
            }
        }
        return violations;
    }

    /** Violations of a single file or folder name. */
    public List<PathViolation> checkComponent(String component) {
        List<PathViolation> violations = new ArrayList<>();
        checkComponent(component, violations);
        return violations;
    }

    /** Violations of a rename: the destination's own rules plus "the extension never changes". */
    public List<PathViolation> checkRename(String currentFileName, String relativeDestination) {
        List<PathViolation> violations = check(relativeDestination);
        String proposedName = relativeDestination.substring(relativeDestination.lastIndexOf('/') + 1);
        FileExtension before = FileExtension.of(currentFileName);
        FileExtension after = FileExtension.of(proposedName);
        if (!before.equals(after)) {
            violations.add(new PathViolation(PathRule.EXTENSION_CHANGED, proposedName,
                    "was '" + before.value() + "', now '" + after.value() + "'"));
        }
        return violations;
    }

    /** Throws {@link UnsafePathException} listing every violation, or returns quietly. */
    public void requireLegal(String relativePath) {
        List<PathViolation> violations = check(relativePath);
        if (!violations.isEmpty()) {
            throw new UnsafePathException(relativePath, violations);
        }
    }

    /**
     * Resolves a legal relative destination against its library root and proves lexically that it
     * stays inside. Symbolic links are the agent's concern: it must re-check with real paths.
     */
    public Path resolveInside(Path libraryRoot, String relativePath) {
        requireLegal(relativePath);
        Path root = libraryRoot.toAbsolutePath().normalize();
        Path resolved = root.resolve(relativePath).normalize();
        if (!resolved.startsWith(root) || resolved.equals(root)) {
            throw new UnsafePathException(relativePath,
                    List.of(new PathViolation(PathRule.ESCAPES_ROOT, relativePath, "root " + root)));
        }
        return resolved;
    }

    static boolean isAbsolute(String path) {
        if (path.startsWith("/") || path.startsWith("\\")) {
            return true;
        }
        return path.length() >= 2 && path.charAt(1) == ':' && Character.isLetter(path.charAt(0));
    }

    private void checkComponent(String component, List<PathViolation> violations) {
        if (component.isEmpty()) {
            violations.add(PathViolation.of(PathRule.EMPTY, "folder name between two '/'"));
            return;
        }
        if (ComponentRules.isDotName(component)) {
            violations.add(PathViolation.of(PathRule.PARENT_REFERENCE, component));
            return;
        }
        if (component.codePoints().anyMatch(ComponentRules::isReservedCharacter)) {
            violations.add(PathViolation.of(PathRule.RESERVED_CHARACTER, component));
        }
        if (component.codePoints().anyMatch(ComponentRules::isControlCharacter)) {
            violations.add(PathViolation.of(PathRule.CONTROL_CHARACTER, component));
        }
        if (ComponentRules.isDeviceName(component)) {
            violations.add(PathViolation.of(PathRule.RESERVED_NAME, component));
        }
        if (ComponentRules.hasTrailingDotOrSpace(component)) {
            violations.add(PathViolation.of(PathRule.TRAILING_DOT_OR_SPACE, component));
        }
        if (!Normalizer.isNormalized(component, Normalizer.Form.NFC)) {
            violations.add(PathViolation.of(PathRule.NOT_NFC, component));
        }
        int bytes = ComponentRules.utf8Length(component);
        if (bytes > limits.maxComponentBytes()) {
            violations.add(new PathViolation(PathRule.COMPONENT_TOO_LONG, component,
                    bytes + " bytes, limit " + limits.maxComponentBytes()));
        }
    }
}
