package phaze.proposal.control;

/**
 * The date of a performance, possibly partial. Rendered as {@code YYYY.MM.DD} with {@code x} for
 * every unknown digit, as DOMAIN.md asks ({@code 2023.07.xx}, {@code xxxx.xx.xx}).
 * A null part is unknown.
 */
public record LiveDate(Integer year, Integer month, Integer day) {

    public static final LiveDate UNKNOWN = new LiveDate(null, null, null);

    public LiveDate {
        if (month != null && (month < 1 || month > 12)) {
            throw new IllegalArgumentException("month out of range: " + month);
        }
        if (day != null && (day < 1 || day > 31)) {
            throw new IllegalArgumentException("day out of range: " + day);
        }
        if (month == null && day != null) {
            throw new IllegalArgumentException("a day without a month is meaningless");
        }
    }

    public static LiveDate ofYear(int year) {
        return new LiveDate(year, null, null);
    }

    public boolean isComplete() {
        return year != null && month != null && day != null;
    }

    public boolean isUnknown() {
        return year == null && month == null;
    }

    /** How much of the date is known, 0..3 parts. */
    public int knownParts() {
        return (year == null ? 0 : 1) + (month == null ? 0 : 1) + (day == null ? 0 : 1);
    }

    /** "2019.03.29", "2019.03.xx", "2019.xx.xx", or "" when nothing is known. */
    public String format() {
        if (isUnknown()) {
            return "";
        }
        return (year == null ? "xxxx" : String.format("%04d", year))
                + "." + (month == null ? "xx" : String.format("%02d", month))
                + "." + (day == null ? "xx" : String.format("%02d", day));
    }

    /** True when both dates could describe the same day (no known part contradicts). */
    public boolean agreesWith(LiveDate other) {
        return compatible(year, other.year) && compatible(month, other.month) && compatible(day, other.day);
    }

    private static boolean compatible(Integer a, Integer b) {
        return a == null || b == null || a.equals(b);
    }
}
