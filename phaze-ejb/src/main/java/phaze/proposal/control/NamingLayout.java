package phaze.proposal.control;

import java.util.EnumMap;
import java.util.Map;

/**
 * The folder and file-name templates per {@link RecordingKind}. The defaults are the layout of
 * DOMAIN.md; an operator may replace any of them (the console previews them with {@link #preview}).
 * Immutable.
 */
public final class NamingLayout {

    /** One kind's templates. */
    public record Rule(NamingTemplate folder, NamingTemplate fileName) {
    }

    private static final String LIVE_NAME = "{artist} - Live[ @ {event}][ {stage}][ {day}][ {date}]";

    private final Map<RecordingKind, Rule> rules;

    private NamingLayout(Map<RecordingKind, Rule> rules) {
        this.rules = Map.copyOf(rules);
    }

    public static NamingLayout defaults() {
        Map<RecordingKind, Rule> rules = new EnumMap<>(RecordingKind.class);
        rules.put(RecordingKind.FESTIVAL_SET, rule("performances/festivals/{festival}[ {year}]", LIVE_NAME));
        rules.put(RecordingKind.RADIO_SHOW, rule("performances/radioshows/{show}", LIVE_NAME));
        rules.put(RecordingKind.CONCERT, rule("performances/concerts/{concert}[ {year}]", LIVE_NAME));
        rules.put(RecordingKind.ARTIST_SET, rule("performances/artists/{artist}", LIVE_NAME));
        rules.put(RecordingKind.TAPER_RECORDING,
                rule("performances/concerts/{concert}[ {year}][/{taper_folder}]", "{taper_name}"));
        rules.put(RecordingKind.ALBUM_TRACK,
                rule("music/{album_artist}/{album}", "{artist} - [[{disc}-]{track} - ]{title}"));
        rules.put(RecordingKind.SINGLE_TRACK, rule("music/{album_artist}", "{artist} - [{track} - ]{title}"));
        return new NamingLayout(rules);
    }

    /** A copy with one kind's templates replaced; throws {@link TemplateSyntaxException} on a typo. */
    public NamingLayout with(RecordingKind kind, String folderTemplate, String fileNameTemplate) {
        if (kind == RecordingKind.UNKNOWN) {
            throw new IllegalArgumentException("unknown files are renamed in place; they have no template");
        }
        Map<RecordingKind, Rule> copy = new EnumMap<>(rules);
        copy.put(kind, rule(folderTemplate, fileNameTemplate));
        return new NamingLayout(copy);
    }

    public Rule rule(RecordingKind kind) {
        Rule rule = rules.get(kind);
        if (rule == null) {
            throw new IllegalArgumentException("no template for " + kind);
        }
        return rule;
    }

    /**
     * The relative path (folder + "/" + file stem) this layout gives a kind with the given values;
     * not yet legalized. With {@link #sample(RecordingKind)} it is the console's live preview.
     */
    public String preview(RecordingKind kind, Map<NameField, String> values) {
        Rule rule = rule(kind);
        return rule.folder().render(values) + "/" + rule.fileName().render(values);
    }

    /** Example values for previews, from DOMAIN.md's examples. */
    public static Map<NameField, String> sample(RecordingKind kind) {
        return switch (kind) {
            case ALBUM_TRACK, SINGLE_TRACK -> Map.of(NameField.ARTIST, "Bicep", NameField.ALBUM_ARTIST, "Bicep",
                    NameField.ALBUM, "Isles", NameField.TRACK, "01", NameField.TITLE, "Atlas", NameField.YEAR, "2021");
            case TAPER_RECORDING -> Map.of(NameField.CONCERT, "Grateful Dead", NameField.YEAR, "1969",
                    NameField.TAPER_FOLDER, "gd1969-01-25.sbd.kaplan.7923.sbeok.flac24",
                    NameField.TAPER_NAME, "gd69-01-25d1t01");
            case RADIO_SHOW -> Map.of(NameField.ARTIST, "Pete Tong", NameField.SHOW, "Essential Mix",
                    NameField.EVENT, "Essential Mix", NameField.DATE, "2019.05.04", NameField.YEAR, "2019");
            default -> Map.of(NameField.ARTIST, "Disclosure", NameField.FESTIVAL, "Coachella",
                    NameField.EVENT, "Coachella", NameField.STAGE, "Sahara Stage", NameField.DAY, "Day 1",
                    NameField.DATE, "2024.04.12", NameField.YEAR, "2024", NameField.CONCERT, "Disclosure");
        };
    }

    private static Rule rule(String folder, String fileName) {
        return new Rule(NamingTemplate.parse(folder), NamingTemplate.parse(fileName));
    }
}
