package phaze.proposal.control;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gathers the facts of a studio track (artist, title, album, disc, track number) from tags, file
 * name and folders. Tags win; the file name confirms or fills gaps; folders give the album.
 */
final class TrackRules {

    private static final Pattern FEATURING = Pattern.compile("(?i)\\s+[(\\[]?(?:feat\\.?|ft\\.?|featuring)\\s");
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "(?i)^(?:rec|recording|track|audio|voice|memo|untitled|new recording|aud|wa|img|dsc|file|song|"
                    + "unknown|piste|titel|pista)?[\\s_-]*\\d*$");

    /** Fills the sheet; returns ALBUM_TRACK, SINGLE_TRACK, or UNKNOWN without artist and title. */
    RecordingKind fill(ProposalEvidence evidence, ParsedName fileName, FolderEvidence folders, FactSheet sheet) {
        TagSet tags = evidence.tags();
        ParsedName name = fileName.isGarbled() ? null : fileName;
        if (fileName.isGarbled()) {
            sheet.reason("The file name is garbled (mojibake), so only tags and folders were used.");
        }
        Fact artist = pick(tags.artist(), name == null ? null : name.artist(), Provenance.FILENAME);
        if (artist == null && folders.albumArtist() != null && !VariousArtists.matches(folders.albumArtist())) {
            artist = Fact.of(folders.albumArtist(), Provenance.FOLDER);
        }
        if (artist == null && folders.artist() != null) {
            artist = Fact.of(folders.artist(), Provenance.FOLDER);
        }
        Fact title = pick(tags.title(), name == null ? null : name.title(), Provenance.FILENAME);
        if (title != null && title.provenance() == Provenance.FILENAME && PLACEHOLDER.matcher(title.value()).matches()) {
            // "REC_0042", "Track 5", "audio0001": a recorder's or ripper's counter, not a title.
            title = null;
        }
        if (artist == null || title == null) {
            return RecordingKind.UNKNOWN;
        }
        sheet.put(NameField.ARTIST, artist);
        sheet.put(NameField.TITLE, title);
        if (name != null && name.caseGuessed() && artist.provenance() == Provenance.FILENAME && !artist.corroborated()) {
            sheet.doubt("capitalisation of the file name was guessed", 0.95);
        }
        if (fileName.text() == Mojibake.State.REPAIRED && title.provenance() == Provenance.FILENAME) {
            sheet.doubt("the file name was repaired from mojibake", 0.92);
        }
        Integer track = tags.trackNumber() != null ? tags.trackNumber() : name == null ? null : name.trackNumber();
        if (track != null) {
            Provenance from = tags.trackNumber() != null ? Provenance.TAG : Provenance.FILENAME;
            sheet.put(NameField.TRACK, new Fact(String.format("%02d", track), from,
                    from == Provenance.TAG && name != null && track.equals(name.trackNumber())));
        }
        fillAlbum(tags, folders, name, artist, sheet);
        return sheet.has(NameField.ALBUM) ? RecordingKind.ALBUM_TRACK : RecordingKind.SINGLE_TRACK;
    }

    private static void fillAlbum(TagSet tags, FolderEvidence folders, ParsedName name, Fact artist, FactSheet sheet) {
        Fact album = tags.album() != null ? Fact.of(tags.album(), Provenance.TAG)
                : folders.album() != null ? Fact.of(folders.album(), Provenance.FOLDER) : null;
        if (album == null) {
            sheet.put(NameField.ALBUM_ARTIST, primary(artist));
            sheet.reason("A single track: no album in tags or folders.");
            return;
        }
        if (album.provenance() == Provenance.TAG && SameName.of(album.value(), folders.album())) {
            album = album.withCorroboration();
        }
        sheet.put(NameField.ALBUM, album);
        Fact albumArtist;
        if (tags.isCompilation() || VariousArtists.matches(folders.albumArtist())) {
            albumArtist = Fact.of(VariousArtists.NAME, tags.isCompilation() ? Provenance.TAG : Provenance.FOLDER);
            sheet.reason("A compilation track (Various Artists).");
        } else if (tags.albumArtist() != null) {
            albumArtist = Fact.of(tags.albumArtist(), Provenance.TAG);
        } else if (folders.albumArtist() != null && album.provenance() == Provenance.FOLDER) {
            albumArtist = Fact.of(folders.albumArtist(), Provenance.FOLDER);
        } else {
            albumArtist = primary(artist);
        }
        sheet.put(NameField.ALBUM_ARTIST, albumArtist);
        Integer disc = tags.discNumber() != null ? tags.discNumber()
                : folders.disc() != null ? folders.disc() : name == null ? null : name.discNumber();
        Integer total = tags.discTotal();
        boolean multiDisc = (total != null && total > 1) || (disc != null && disc > 1) || folders.disc() != null
                || (name != null && name.discNumber() != null);
        if (disc != null && multiDisc) {
            sheet.put(NameField.DISC, String.valueOf(disc), tags.discNumber() != null ? Provenance.TAG
                    : folders.disc() != null ? Provenance.FOLDER : Provenance.FILENAME);
            sheet.reason("Disc " + disc + " of a multi-disc album.");
        }
        sheet.reason("An album track.");
    }

    /** "Armin van Buuren feat. Sharon den Adel" files under Armin van Buuren, not under a new artist. */
    private static Fact primary(Fact artist) {
        Matcher m = FEATURING.matcher(artist.value());
        return m.find() && m.start() > 0
                ? new Fact(artist.value().substring(0, m.start()), artist.provenance(), artist.corroborated())
                : artist;
    }

    /** The tag value when present (confirmed when the file name agrees), else the file name's. */
    private static Fact pick(String tagValue, String nameValue, Provenance nameProvenance) {
        if (tagValue != null && !tagValue.isBlank()) {
            return new Fact(tagValue, Provenance.TAG, SameName.of(tagValue, nameValue));
        }
        if (nameValue != null && !nameValue.isBlank()) {
            return Fact.of(nameValue, nameProvenance);
        }
        return null;
    }
}
