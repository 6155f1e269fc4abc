package phaze.proposal.control;

/** The order of the first two numbers in an {@code NN-NN-YYYY} date. */
public enum DateOrder {
    MONTH_FIRST,
    DAY_FIRST;

    public LiveDate read(int first, int second, int year) {
        return this == MONTH_FIRST ? new LiveDate(year, first, second) : new LiveDate(year, second, first);
    }
}
