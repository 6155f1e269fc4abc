package phaze.proposal.control;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the folders above a file say: an album ("Bicep - Isles (2021)", "CD2" below it), an artist
 * folder, or an event folder ("Tomorrowland 2019"). Generic folders ("incoming", "music") say nothing.
 *
 * @param album       album title, or null
 * @param albumArtist album artist, or null
 * @param artist      an artist folder's name, or null
 * @param disc        disc number from a "CD2"/"Disc 2" folder, or null
 * @param event       what an event folder's name parses to, or null
 * @param year        a year named by the album or event folder, or null
 * @param taperFolder the nearest folder with an etree name, or null
 */
public record FolderEvidence(String album, String albumArtist, String artist, Integer disc,
                             ParsedName event, Integer year, String taperFolder) {

    private static final Pattern DISC = Pattern.compile("(?i)^(?:cd|disc|disk|dvd)\\s*[-_]?\\s*(\\d{1,2})$");
    private static final Set<String> GENERIC = Set.of("music", "performances", "incoming", "downloads", "download",
            "new", "sets", "live", "livesets", "live sets", "mp3", "flac", "unsorted", "radioshows", "festivals",
            "concerts", "artists", "to sort", "_inbox", "inbox", "complete", "completed", "torrents", "misc",
            "dj sets", "mixes", "albums", "singles", "tracks", "various", "various artists", "bootlegs", "tmp",
            "media", "audio", "library", "collection", "archive", "soulseek", "slsk", "recordings", "voice memos",
            "samples", "rips", "new folder", "backup");

    public static final FolderEvidence NONE = new FolderEvidence(null, null, null, null, null, null, null);

    /** Reads up to the two nearest meaningful folders. */
    public static FolderEvidence read(List<String> nearestFirst, NameParser parser) {
        String taperFolder = nearestFirst.stream().filter(f -> TaperName.parse(f).isPresent()).findFirst().orElse(null);
        List<String> meaningful = nearestFirst.stream()
                .filter(f -> !GENERIC.contains(f.toLowerCase(Locale.ROOT).strip()))
                .filter(f -> TaperName.parse(f).isEmpty())
                .limit(3).toList();
        if (meaningful.isEmpty()) {
            return new FolderEvidence(null, null, null, null, null, null, taperFolder);
        }
        Integer disc = null;
        int index = 0;
        Matcher m = DISC.matcher(meaningful.get(0));
        if (m.matches()) {
            disc = Integer.valueOf(m.group(1));
            index = 1;
        }
        if (index >= meaningful.size()) {
            return new FolderEvidence(null, null, null, disc, null, null, taperFolder);
        }
        ParsedName nearest = parser.parse(meaningful.get(index));
        String outer = index + 1 < meaningful.size() ? meaningful.get(index + 1) : null;
        Integer year = nearest.date().year();
        if (nearest.knownEvent() != null || nearest.liveMarker()) {
            return new FolderEvidence(null, null, nearest.artist(), disc, nearest, year, taperFolder);
        }
        if (nearest.artist() != null && nearest.title() != null) {
            return new FolderEvidence(nearest.title(), nearest.artist(), null, disc, null, year, taperFolder);
        }
        String single = nearest.title() != null ? nearest.title() : nearest.artist();
        if (single == null) {
            return new FolderEvidence(null, null, null, disc, null, year, taperFolder);
        }
        if (year != null || disc != null) {
            // "2021 - Isles" or an album with disc folders: the outer folder is the artist.
            String artist = outer == null ? null : NameStyle.tidy(outer);
            return new FolderEvidence(single, artist, null, disc, null, year, taperFolder);
        }
        // A lone name could be an artist or an album; an outer meaningful folder makes it an album.
        if (outer != null) {
            return new FolderEvidence(single, NameStyle.tidy(outer), null, disc, null, year, taperFolder);
        }
        return new FolderEvidence(null, null, single, disc, null, year, taperFolder);
    }
}
