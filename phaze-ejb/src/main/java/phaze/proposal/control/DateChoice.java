package phaze.proposal.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Picks the performance date from all sources. The most complete date wins; among equals, a date that
 * resolves on its own beats one read through a learned convention (DOMAIN.md: "a self-resolving date
 * always wins"), and earlier sources (tracklist, file name, tags) beat later ones.
 */
final class DateChoice {

    private record Candidate(LiveDate date, Provenance provenance, int rank, String note) {
    }

    private final DateConventions conventions;
    private final List<Candidate> candidates = new ArrayList<>();
    private final List<String> unresolved = new ArrayList<>();

    DateChoice(DateConventions conventions) {
        this.conventions = conventions;
    }

    void offer(ParsedName name, Provenance provenance) {
        DateMention mention = name.dateMention();
        if (mention == null) {
            return;
        }
        if (!mention.ambiguous()) {
            offer(mention.date(), provenance);
            return;
        }
        String written = String.format("%02d-%02d-%d", mention.first(), mention.second(), mention.date().year());
        Optional<DateConvention> convention = conventions.of(name.releaseGroup());
        if (convention.isPresent()) {
            LiveDate date = mention.readAs(convention.get().order());
            candidates.add(new Candidate(date, Provenance.LEARNED_CONVENTION, rank(date, true),
                    "date " + written + " read as " + date.format() + " because " + convention.get().explain()));
            return;
        }
        unresolved.add(written + (name.releaseGroup() == null ? " (no release group to learn from)"
                : " (no strong convention learned for " + name.releaseGroup().name() + ")"));
        candidates.add(new Candidate(mention.date(), provenance, rank(mention.date(), false), null));
    }

    void offer(LiveDate date, Provenance provenance) {
        if (date != null && !date.isUnknown()) {
            candidates.add(new Candidate(date, provenance, rank(date, false), null));
        }
    }

    void decide(FactSheet sheet) {
        Candidate best = null;
        for (Candidate candidate : candidates) {
            if (best == null || candidate.rank() > best.rank()) {
                best = candidate;
            }
        }
        if (best == null) {
            return;
        }
        Fact fact = Fact.of(best.date().format(), best.provenance());
        for (Candidate other : candidates) {
            if (other != best && other.provenance() != best.provenance() && other.date().knownParts() >= 2
                    && other.date().agreesWith(best.date())) {
                fact = fact.withCorroboration();
                break;
            }
            if (other != best && !other.date().agreesWith(best.date())) {
                sheet.doubt("the " + name(other.provenance()) + " gives date " + other.date().format()
                        + " but " + best.date().format() + " was chosen", 0.9);
                break;
            }
        }
        sheet.put(NameField.DATE, fact);
        if (best.note() != null) {
            sheet.reason("The " + best.note() + ".");
        }
        if (!best.date().isComplete() && !unresolved.isEmpty()) {
            sheet.doubt("ambiguous date " + String.join(", ", unresolved) + " kept as " + best.date().format(), 0.95);
        }
    }

    /** Completeness first, then self-resolving over learned. */
    private static int rank(LiveDate date, boolean learned) {
        return date.knownParts() * 2 + (learned ? 0 : 1);
    }

    private static String name(Provenance provenance) {
        return provenance.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
