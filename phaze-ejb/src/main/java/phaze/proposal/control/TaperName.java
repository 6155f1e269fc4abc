package phaze.proposal.control;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An etree taper name ("gd1969-01-25.sbd.kaplan.7923.sbeok.flac24", "gd69-01-25d1t01"): band code,
 * date, then source and lineage. These names carry the provenance tapers rely on, so Phaze keeps
 * them exactly and only files them under the right concert folder.
 *
 * @param name     the name as found
 * @param bandCode e.g. "gd"
 * @param date     the show date
 */
public record TaperName(String name, String bandCode, LiveDate date) {

    private static final Pattern ETREE = Pattern.compile(
            "^([a-z][a-z0-9]{0,7}?)((?:19|20)\\d{2}|\\d{2})-(\\d{2})-(\\d{2})(?=$|[._-]|d\\d|s\\d|t\\d)");

    /** Common etree band codes; others are recognised as taper names but need a tag for the artist. */
    private static final Map<String, String> BANDS = Map.ofEntries(
            Map.entry("gd", "Grateful Dead"), Map.entry("ph", "Phish"), Map.entry("dmb", "Dave Matthews Band"),
            Map.entry("jgb", "Jerry Garcia Band"), Map.entry("wsp", "Widespread Panic"),
            Map.entry("abb", "The Allman Brothers Band"), Map.entry("mmw", "Medeski Martin & Wood"),
            Map.entry("sts9", "STS9"), Map.entry("moe", "moe."), Map.entry("ymsb", "Yonder Mountain String Band"),
            Map.entry("um", "Umphrey's McGee"), Map.entry("smb", "String Cheese Incident"),
            Map.entry("sci", "The String Cheese Incident"), Map.entry("tab", "Trey Anastasio Band"),
            Map.entry("bts", "Built to Spill"), Map.entry("pj", "Pearl Jam"), Map.entry("ratdog", "RatDog"),
            Map.entry("lotus", "Lotus"), Map.entry("dso", "Dark Star Orchestra"), Map.entry("gov", "Gov't Mule"));

    public static Optional<TaperName> parse(String name) {
        Matcher m = ETREE.matcher(name);
        if (!m.find()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(2));
        if (m.group(2).length() == 2) {
            year += year >= 50 ? 1900 : 2000;
        }
        int month = Integer.parseInt(m.group(3));
        int day = Integer.parseInt(m.group(4));
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            return Optional.empty();
        }
        return Optional.of(new TaperName(name, m.group(1), new LiveDate(year, month, day)));
    }

    /** The band for the code, if Phaze knows it. */
    public Optional<String> band() {
        return Optional.ofNullable(BANDS.get(bandCode));
    }
}
