package phaze.proposal.control;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The facts gathered for one proposal, and the sentences explaining them. Lives for one call of the
 * engine; not shared.
 */
final class FactSheet {

    private final Map<NameField, Fact> facts = new EnumMap<>(NameField.class);
    private final List<String> reasons = new ArrayList<>();
    private final List<String> doubts = new ArrayList<>();
    private double penalty = 1.0;

    void put(NameField field, Fact fact) {
        if (fact != null) {
            facts.put(field, fact);
        }
    }

    void put(NameField field, String value, Provenance provenance) {
        if (value != null && !value.isBlank()) {
            facts.put(field, Fact.of(value, provenance));
        }
    }

    Fact get(NameField field) {
        return facts.get(field);
    }

    String value(NameField field) {
        Fact fact = facts.get(field);
        return fact == null ? null : fact.value();
    }

    boolean has(NameField field) {
        return facts.containsKey(field);
    }

    void reason(String sentence) {
        reasons.add(sentence);
    }

    /** Something that lowers confidence; said in the reasoning so the reviewer knows what to check. */
    void doubt(String sentence, double factor) {
        doubts.add(sentence);
        penalty *= factor;
    }

    double penalty() {
        return penalty;
    }

    Map<NameField, String> values() {
        Map<NameField, String> values = new EnumMap<>(NameField.class);
        facts.forEach((field, fact) -> values.put(field, fact.value()));
        return values;
    }

    Map<NameField, Provenance> provenance() {
        Map<NameField, Provenance> provenance = new EnumMap<>(NameField.class);
        facts.forEach((field, fact) -> provenance.put(field, fact.provenance()));
        return provenance;
    }

    /** "Artist 'Bicep' from tag (file name agrees). Album 'Isles' from folder." */
    String describe(NameField... fields) {
        StringBuilder out = new StringBuilder();
        for (NameField field : fields) {
            Fact fact = facts.get(field);
            if (fact == null) {
                continue;
            }
            out.append(label(field)).append(" '").append(fact.value()).append("' from ")
                    .append(fact.provenance().name().toLowerCase(Locale.ROOT).replace('_', ' '))
                    .append(fact.corroborated() ? " (confirmed by a second source)" : "").append(". ");
        }
        return out.toString().strip();
    }

    String reasoning(String describedFacts) {
        StringBuilder out = new StringBuilder(String.join(" ", reasons));
        if (!describedFacts.isEmpty()) {
            out.append(out.length() == 0 ? "" : " ").append(describedFacts);
        }
        if (!doubts.isEmpty()) {
            out.append(" Check: ").append(String.join("; ", doubts)).append('.');
        }
        return out.toString().strip();
    }

    private static String label(NameField field) {
        String name = field.placeholder().replace('_', ' ');
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
