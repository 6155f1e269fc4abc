package phaze.path;

/**
 * One broken rule, for one path component, phrased so a reviewer editing the name knows what to change.
 *
 * @param rule      the rule that failed
 * @param component the offending component (or the whole path for path-level rules)
 * @param detail    extra facts, e.g. the byte count; may be empty
 */
public record PathViolation(PathRule rule, String component, String detail) {

    public PathViolation {
        if (rule == null) {
            throw new IllegalArgumentException("rule is required");
        }
        component = component == null ? "" : component;
        detail = detail == null ? "" : detail;
    }

    public static PathViolation of(PathRule rule, String component) {
        return new PathViolation(rule, component, "");
    }

    public String message() {
        String facts = detail.isEmpty() ? "" : " (" + detail + ")";
        return "'" + component + "' " + rule.problem() + facts + ": " + rule.advice() + ".";
    }
}
