package phaze.proposal.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Gathers the facts of a live recording (artist, event, stage, day, date) from every source and
 * decides whether it is a festival set, a radio show, a concert or an artist's set.
 */
final class PerformanceRules {

    private static final Set<String> TAPER_SOURCES = Set.of("SBD", "AUD", "MTR", "MATRIX", "DAT", "TAPE");
    private static final Pattern BAND_GENRES = Pattern.compile(
            "(?i).*\\b(rock|jazz|blues|folk|jam|metal|punk|indie|country|reggae|soul|funk|grunge|bluegrass)\\b.*");
    private static final Pattern CONCERT_WORDS = Pattern.compile("(?i).*\\b(concert|concerts|bootleg|bootlegs|boot|gig)\\b.*");
    private static final Pattern LEADING_LIVE = Pattern.compile("(?i)^\\s*(?:live\\s*(?:@|at)|@)\\s*");
    private static final Set<String> NOT_AN_ARTIST = Set.of("unknown", "unknown artist", "artist", "various",
            "various artists", "va", "dj", "live", "mix");

    private final NameParser parser;
    private final DateConventions conventions;

    PerformanceRules(NameParser parser, DateConventions conventions) {
        this.parser = parser;
        this.conventions = conventions;
    }

    /** A source's reading of the recording, with the provenance its values carry. */
    private record Reading(ParsedName name, Provenance provenance) {
    }

    /** Fills the sheet; returns the kind, or UNKNOWN when no artist can be found. */
    RecordingKind fill(ProposalEvidence evidence, ParsedName fileName, FolderEvidence folders,
                       CompanionEvidence companion, FactSheet sheet) {
        List<Reading> readings = readings(evidence, fileName, folders, companion);
        chooseArtist(evidence, readings, folders, sheet);
        boolean eventElsewhere = readings.stream().anyMatch(r -> r.provenance() != Provenance.FILENAME
                && r.name().event() != null);
        if (!sheet.has(NameField.ARTIST) && eventElsewhere && fileName.title() != null && fileName.artist() == null
                && !fileName.isGarbled()) {
            // "Tomorrowland 2017/Armin van Buuren.mp3": the folder names the event, the file the artist.
            sheet.put(NameField.ARTIST, fileName.title(), Provenance.FILENAME);
            fileName = withoutTitle(fileName);
        }
        if (!sheet.has(NameField.ARTIST)) {
            return RecordingKind.UNKNOWN;
        }
        KnownEvent known = chooseEvent(readings, sheet);
        if (!sheet.has(NameField.EVENT) && fileName.title() != null && !fileName.isGarbled()) {
            // "Phish 1997-11-22 Hampton Coliseum", "Carl Cox - Space Closing Party": the rest names the event.
            EventText rest = EventText.parse(fileName.title(), parser.catalogue());
            sheet.put(NameField.EVENT, rest.event(), Provenance.FILENAME);
            sheet.put(NameField.STAGE, rest.stage(), Provenance.FILENAME);
            sheet.put(NameField.DAY, rest.day(), Provenance.FILENAME);
            if (known == null && rest.knownEvent() != null && rest.knownEvent().kind() != EventKind.CLUB) {
                known = rest.knownEvent();
            }
        }
        chooseDate(evidence, readings, folders, sheet);
        List<String> sources = new ArrayList<>(fileName.sources());
        if (!sources.isEmpty()) {
            sheet.put(NameField.SOURCE, String.join(" ", sources), Provenance.FILENAME);
        }
        if (fileName.releaseGroup() != null) {
            sheet.put(NameField.RELEASE_GROUP, fileName.releaseGroup().name(), Provenance.FILENAME);
        }
        String year = sheet.has(NameField.DATE) ? sheet.value(NameField.DATE).substring(0, 4) : null;
        if (year != null && !year.startsWith("x")) {
            sheet.put(NameField.YEAR, Fact.of(year, sheet.get(NameField.DATE).provenance()));
        }
        return kind(known, evidence, fileName, sources, sheet);
    }

    private List<Reading> readings(ProposalEvidence evidence, ParsedName fileName, FolderEvidence folders,
                                   CompanionEvidence companion) {
        List<Reading> readings = new ArrayList<>();
        TracklistHint tracklist = evidence.tracklist();
        if (tracklist != null) {
            String text = join(tracklist.artist(), " @ ", withoutLiveMarker(tracklist.event()), " ", tracklist.date());
            readings.add(new Reading(parser.parse(text), Provenance.TRACKLIST));
        }
        if (!fileName.isGarbled()) {
            readings.add(new Reading(fileName, Provenance.FILENAME));
        }
        TagSet tags = evidence.tags();
        if (tags.title() != null) {
            readings.add(new Reading(parser.parse(tags.title()), Provenance.TAG));
        }
        if (tags.album() != null) {
            readings.add(new Reading(parser.parse(tags.album()), Provenance.TAG));
        }
        if (!companion.isEmpty()) {
            String text = join(companion.artist(), " @ ", withoutLiveMarker(companion.title()), " ", companion.date());
            readings.add(new Reading(parser.parse(text), Provenance.COMPANION));
        }
        if (folders.event() != null) {
            readings.add(new Reading(folders.event(), Provenance.FOLDER));
        }
        return readings;
    }

    private static ParsedName withoutTitle(ParsedName name) {
        return new ParsedName(name.artists(), null, name.trackNumber(), name.discNumber(), name.event(),
                name.knownEvent(), name.stage(), name.day(), name.dateMention(), name.sources(),
                name.releaseGroup(), name.liveMarker(), name.caseGuessed(), name.text());
    }

    private void chooseArtist(ProposalEvidence evidence, List<Reading> readings, FolderEvidence folders,
                              FactSheet sheet) {
        List<Fact> candidates = new ArrayList<>();
        String tagArtist = evidence.tags().artist();
        for (Reading reading : readings) {
            if (reading.provenance() == Provenance.TRACKLIST) {
                addArtist(candidates, reading.name().artist(), Provenance.TRACKLIST);
            }
        }
        addArtist(candidates, tagArtist, Provenance.TAG);
        for (Reading reading : readings) {
            if (reading.provenance() != Provenance.TRACKLIST) {
                addArtist(candidates, reading.name().artist(), reading.provenance());
            }
        }
        addArtist(candidates, evidence.tags().albumArtist(), Provenance.TAG);
        addArtist(candidates, folders.artist(), Provenance.FOLDER);
        if (candidates.isEmpty()) {
            return;
        }
        Fact chosen = candidates.get(0);
        for (Fact other : candidates.subList(1, candidates.size())) {
            if (other.provenance() != chosen.provenance() && SameName.of(chosen.value(), other.value())) {
                chosen = chosen.withCorroboration();
                break;
            }
        }
        sheet.put(NameField.ARTIST, chosen);
        String fromName = readings.stream().filter(r -> r.provenance() == Provenance.FILENAME)
                .map(r -> r.name().artist()).filter(a -> a != null).findFirst().orElse(null);
        if (fromName != null && chosen.provenance() != Provenance.FILENAME && !SameName.of(fromName, chosen.value())) {
            sheet.doubt("the file name says artist '" + fromName + "' but the " + label(chosen) + " says '"
                    + chosen.value() + "'", 0.85);
        }
        if (chosen.provenance() == Provenance.FILENAME && !chosen.corroborated()
                && readings.stream().anyMatch(r -> r.provenance() == Provenance.FILENAME && r.name().caseGuessed())) {
            sheet.doubt("capitalisation of the file name was guessed", 0.95);
        }
    }

    private static void addArtist(List<Fact> candidates, String artist, Provenance provenance) {
        if (artist == null || artist.isBlank() || NOT_AN_ARTIST.contains(artist.strip().toLowerCase(Locale.ROOT))) {
            return;
        }
        candidates.add(Fact.of(artist, provenance));
    }

    private KnownEvent chooseEvent(List<Reading> readings, FactSheet sheet) {
        KnownEvent known = null;
        for (Reading reading : readings) {
            ParsedName name = reading.name();
            if (name.event() != null && !sheet.has(NameField.EVENT)) {
                sheet.put(NameField.EVENT, name.event(), reading.provenance());
                known = name.knownEvent();
            }
            if (name.stage() != null && !sheet.has(NameField.STAGE)) {
                sheet.put(NameField.STAGE, name.stage(), reading.provenance());
            }
            if (name.day() != null && !sheet.has(NameField.DAY)) {
                sheet.put(NameField.DAY, name.day(), reading.provenance());
            }
            if (known == null && name.knownEvent() != null && name.knownEvent().kind() != EventKind.CLUB) {
                known = name.knownEvent();
            }
            if (name.venue() != null && !sheet.has(NameField.VENUE)) {
                sheet.put(NameField.VENUE, name.venue(), Provenance.KNOWN_EVENT);
            }
        }
        return known;
    }

    private void chooseDate(ProposalEvidence evidence, List<Reading> readings, FolderEvidence folders,
                            FactSheet sheet) {
        DateChoice choice = new DateChoice(conventions);
        for (Reading reading : readings) {
            choice.offer(reading.name(), reading.provenance());
        }
        String tagDate = evidence.tags().date();
        if (tagDate != null) {
            DateFinder.find(tagDate).ifPresent(m -> choice.offer(m.date(), Provenance.TAG));
        }
        if (folders.year() != null) {
            choice.offer(LiveDate.ofYear(folders.year()), Provenance.FOLDER);
        }
        choice.decide(sheet);
    }

    private RecordingKind kind(KnownEvent known, ProposalEvidence evidence, ParsedName fileName,
                               List<String> sources, FactSheet sheet) {
        if (known != null && known.kind() == EventKind.FESTIVAL) {
            sheet.put(NameField.FESTIVAL, known.name(), Provenance.KNOWN_EVENT);
            sheet.reason("A set at " + known.name() + ", a known festival.");
            return RecordingKind.FESTIVAL_SET;
        }
        if (known != null && known.kind() == EventKind.RADIO_SHOW) {
            sheet.put(NameField.SHOW, known.name(), Provenance.KNOWN_EVENT);
            sheet.reason("An episode of " + known.name() + ", a known radio show.");
            return RecordingKind.RADIO_SHOW;
        }
        String genre = evidence.tags().genre();
        boolean taperSource = sources.stream().anyMatch(TAPER_SOURCES::contains);
        boolean bandGenre = genre != null && BAND_GENRES.matcher(genre).matches();
        if (taperSource || bandGenre || CONCERT_WORDS.matcher(evidence.currentPath()).matches()) {
            sheet.put(NameField.CONCERT, sheet.get(NameField.ARTIST));
            sheet.reason("A concert recording (" + (taperSource ? "taper source " + sources
                    : bandGenre ? "genre " + genre : "the name says so") + ").");
            return RecordingKind.CONCERT;
        }
        sheet.reason(fileName.liveMarker() ? "A live set (the name says so)." : "A live set.");
        return RecordingKind.ARTIST_SET;
    }

    private static String withoutLiveMarker(String title) {
        return title == null ? null : LEADING_LIVE.matcher(title).replaceFirst("");
    }

    private static String label(Fact fact) {
        return fact.provenance().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String join(String... parts) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < parts.length; i += 2) {
            String value = parts[i];
            if (value != null && !value.isBlank()) {
                out.append(value);
                if (i + 1 < parts.length) {
                    out.append(parts[i + 1]);
                }
            }
        }
        return out.toString();
    }
}
