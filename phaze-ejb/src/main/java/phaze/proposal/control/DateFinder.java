package phaze.proposal.control;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the most precise date in a name. Full year-first dates win over NN-NN-YYYY, which win over a
 * bare year; an NN-NN-YYYY that its own numbers resolve (13-31 can only be a day) is not ambiguous.
 */
public final class DateFinder {

    private static final Pattern YEAR_FIRST = Pattern.compile(
            "(?<!\\d)((?:19|20)\\d{2})([-._])(\\d{2}|xx)\\2(\\d{2}|xx)(?!\\d)", Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR_LAST = Pattern.compile(
            "(?<!\\d)(\\d{1,2})([-._/])(\\d{1,2})\\2((?:19|20)\\d{2})(?!\\d)");
    private static final Pattern COMPACT = Pattern.compile(
            "(?<!\\d)((?:19|20)\\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])(?!\\d)");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(19[5-9]\\d|20[0-4]\\d)(?!\\d)");

    private DateFinder() {
    }

    public static Optional<DateMention> find(String text) {
        Optional<DateMention> found = yearFirst(text);
        if (found.isEmpty()) {
            found = yearLast(text);
        }
        if (found.isEmpty()) {
            found = compact(text);
        }
        if (found.isEmpty()) {
            found = yearOnly(text);
        }
        return found;
    }

    private static Optional<DateMention> yearFirst(String text) {
        Matcher m = YEAR_FIRST.matcher(text);
        while (m.find()) {
            Integer month = number(m.group(3));
            Integer day = month == null ? null : number(m.group(4));
            if (valid(month, 12) && valid(day, 31)) {
                return Optional.of(new DateMention(new LiveDate(Integer.parseInt(m.group(1)), month, day),
                        m.start(), m.end(), false, 0, 0));
            }
        }
        return Optional.empty();
    }

    private static Optional<DateMention> yearLast(String text) {
        Matcher m = YEAR_LAST.matcher(text);
        while (m.find()) {
            int first = Integer.parseInt(m.group(1));
            int second = Integer.parseInt(m.group(3));
            int year = Integer.parseInt(m.group(4));
            if (first < 1 || second < 1 || first > 31 || second > 31 || (first > 12 && second > 12)) {
                continue;
            }
            if (first > 12 || second > 12 || first == second) {
                DateOrder order = first > 12 ? DateOrder.DAY_FIRST : DateOrder.MONTH_FIRST;
                return Optional.of(new DateMention(order.read(first, second, year), m.start(), m.end(),
                        false, first, second));
            }
            return Optional.of(new DateMention(LiveDate.ofYear(year), m.start(), m.end(), true, first, second));
        }
        return Optional.empty();
    }

    private static Optional<DateMention> compact(String text) {
        Matcher m = COMPACT.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        LiveDate date = new LiveDate(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)));
        return Optional.of(new DateMention(date, m.start(), m.end(), false, 0, 0));
    }

    private static Optional<DateMention> yearOnly(String text) {
        Matcher m = YEAR.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        return Optional.of(new DateMention(LiveDate.ofYear(Integer.parseInt(m.group(1))), m.start(), m.end(),
                false, 0, 0));
    }

    /** Which order a resolving NN-NN-YYYY proves, if any; used to learn a release group's habit. */
    public static Optional<DateOrder> provenOrder(DateMention mention) {
        if (mention.ambiguous() || mention.first() == 0 || mention.first() == mention.second()) {
            return Optional.empty();
        }
        return Optional.of(mention.first() > 12 ? DateOrder.DAY_FIRST : DateOrder.MONTH_FIRST);
    }

    private static Integer number(String digits) {
        return digits.equalsIgnoreCase("xx") ? null : Integer.parseInt(digits);
    }

    private static boolean valid(Integer value, int max) {
        return value == null || (value >= 1 && value <= max);
    }
}
