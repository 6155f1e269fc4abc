package phaze.proposal.control;

import java.util.Map;
import java.util.Optional;

/** An immutable snapshot of learned conventions, safe to share between threads and proposal runs. */
public final class DateConventions {

    public static final DateConventions NONE = new DateConventions(Map.of());

    private final Map<ReleaseGroup, DateConvention> byGroup;

    DateConventions(Map<ReleaseGroup, DateConvention> byGroup) {
        this.byGroup = Map.copyOf(byGroup);
    }

    /** The group's convention, present only when its support was strong enough. */
    public Optional<DateConvention> of(ReleaseGroup group) {
        return Optional.ofNullable(group == null ? null : byGroup.get(group));
    }

    public int size() {
        return byGroup.size();
    }
}
