package phaze.protocol;

import java.text.Normalizer;
import java.util.Optional;

/**
 * Where a scan looks: one of an agent's library roots plus an optional sub-folder inside it.
 * The sub-folder is relative, NFC, and can never climb out of the root: both the controller
 * (before it records anything) and the agent (before it reads anything) check it.
 */
public record ScanScope(String root, String subpath) {

    public ScanScope {
        if (root == null || root.isBlank()) {
            throw new InvalidScanScopeException("a scan needs a library root");
        }
        subpath = normalizeSubpath(subpath);
    }

    public Optional<String> subpathIfAny() {
        return subpath.isEmpty() ? Optional.empty() : Optional.of(subpath);
    }

    private static String normalizeSubpath(String subpath) {
        if (subpath == null || subpath.isBlank()) {
            return "";
        }
        String s = Normalizer.normalize(subpath.strip(), Normalizer.Form.NFC).replace('\\', '/');
        if (s.startsWith("/") || s.matches("^[A-Za-z]:.*")) {
            throw new InvalidScanScopeException("subpath must be relative to the root, got '" + subpath + "'");
        }
        StringBuilder clean = new StringBuilder();
        for (String part : s.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                throw new InvalidScanScopeException("subpath may not contain '..': '" + subpath + "'");
            }
            if (part.chars().anyMatch(c -> c < 0x20)) {
                throw new InvalidScanScopeException("subpath contains a control character: '" + subpath + "'");
            }
            if (clean.length() > 0) {
                clean.append('/');
            }
            clean.append(part);
        }
        return clean.toString();
    }

    /** A scope that cannot be scanned; the message says why in words an operator can act on. */
    public static final class InvalidScanScopeException extends IllegalArgumentException {
        public InvalidScanScopeException(String message) {
            super(message);
        }
    }
}
