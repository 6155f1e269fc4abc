package phaze.proposal.control;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import phaze.path.FileExtension;

/**
 * Learns whether a release group writes MM-DD-YYYY or DD-MM-YYYY from the names whose dates resolve
 * on their own (one number above 12). A convention is only trusted with strong support: at least
 * {@code minSupport} resolving dates and {@code minAgreement} of them in the same order, because a
 * wrong convention silently misdates every ambiguous file of that group.
 * Not thread-safe: feed it in one pass, then take the immutable {@link #conventions()}.
 */
public final class DateConventionLearner {

    public static final int DEFAULT_MIN_SUPPORT = 5;
    public static final double DEFAULT_MIN_AGREEMENT = 0.9;

    private final int minSupport;
    private final double minAgreement;
    private final Map<ReleaseGroup, int[]> counts = new HashMap<>();
    private final NameParser parser = new NameParser();

    public DateConventionLearner(int minSupport, double minAgreement) {
        if (minSupport < 1 || minAgreement <= 0.5 || minAgreement > 1) {
            throw new IllegalArgumentException("need minSupport >= 1 and 0.5 < minAgreement <= 1");
        }
        this.minSupport = minSupport;
        this.minAgreement = minAgreement;
    }

    public DateConventionLearner() {
        this(DEFAULT_MIN_SUPPORT, DEFAULT_MIN_AGREEMENT);
    }

    /** Feeds one file name (with or without extension); names without group or resolving date teach nothing. */
    public void observe(String fileName) {
        String extension = FileExtension.of(fileName).value();
        ParsedName parsed = parser.parse(extension.matches("[A-Za-z0-9]{1,5}") ? FileExtension.stemOf(fileName) : fileName);
        if (parsed.releaseGroup() == null || parsed.dateMention() == null) {
            return;
        }
        observe(parsed.releaseGroup(), parsed.dateMention());
    }

    public void observe(ReleaseGroup group, DateMention mention) {
        Optional<DateOrder> order = DateFinder.provenOrder(mention);
        if (order.isEmpty()) {
            return;
        }
        counts.computeIfAbsent(group, g -> new int[2])[order.get().ordinal()]++;
    }

    /** The conventions with strong support, as an immutable snapshot. */
    public DateConventions conventions() {
        Map<ReleaseGroup, DateConvention> strong = new HashMap<>();
        counts.forEach((group, seen) -> {
            int total = seen[0] + seen[1];
            DateOrder order = seen[0] >= seen[1] ? DateOrder.MONTH_FIRST : DateOrder.DAY_FIRST;
            int supporting = seen[order.ordinal()];
            if (supporting >= minSupport && (double) supporting / total >= minAgreement) {
                strong.put(group, new DateConvention(group, order, supporting, total));
            }
        });
        return new DateConventions(strong);
    }
}
