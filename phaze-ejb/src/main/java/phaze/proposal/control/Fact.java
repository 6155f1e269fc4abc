package phaze.proposal.control;

/**
 * One value the rules believe, and where it came from.
 *
 * @param value      never blank
 * @param provenance its source
 * @param corroborated true when a second, independent source agrees (e.g. tag and file name)
 */
public record Fact(String value, Provenance provenance, boolean corroborated) {

    public Fact {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a fact needs a value");
        }
        value = value.strip();
    }

    public static Fact of(String value, Provenance provenance) {
        return new Fact(value, provenance, false);
    }

    public Fact withCorroboration() {
        return new Fact(value, provenance, true);
    }
}
