package phaze.path;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when a destination breaks at least one {@link PathRule}; carries every violation found. */
public class UnsafePathException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<PathViolation> violations;

    public UnsafePathException(String path, List<PathViolation> violations) {
        super("Unsafe destination '" + path + "': "
                + violations.stream().map(PathViolation::message).collect(Collectors.joining(" ")));
        this.violations = List.copyOf(violations);
    }

    public List<PathViolation> violations() {
        return violations;
    }
}
