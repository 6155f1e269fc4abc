package phaze.proposal.control;

/**
 * What a release group's self-resolving dates say about its habit.
 *
 * @param group       the release group
 * @param order       the order it uses
 * @param supporting  self-resolving dates in that order
 * @param total       self-resolving dates seen
 */
public record DateConvention(ReleaseGroup group, DateOrder order, int supporting, int total) {

    public double agreement() {
        return total == 0 ? 0 : (double) supporting / total;
    }

    public String explain() {
        return group.name() + " writes " + (order == DateOrder.MONTH_FIRST ? "MM-DD-YYYY" : "DD-MM-YYYY")
                + " (" + supporting + " of " + total + " self-resolving dates)";
    }
}
