package phaze.proposal.control;

/**
 * A date found in a name, with where it was (so the rest of the name can be parsed without it).
 *
 * @param date      what the text says for sure (an unresolved NN-NN-YYYY only gives its year)
 * @param start     index in the text
 * @param end       index after the date
 * @param ambiguous an NN-NN-YYYY whose order the text itself does not decide
 * @param first     the first number of an NN-NN-YYYY date (0 otherwise)
 * @param second    the second number of an NN-NN-YYYY date (0 otherwise)
 */
public record DateMention(LiveDate date, int start, int end, boolean ambiguous, int first, int second) {

    /** The date as read with a learned convention; only meaningful when ambiguous. */
    public LiveDate readAs(DateOrder order) {
        return order.read(first, second, date.year());
    }
}
