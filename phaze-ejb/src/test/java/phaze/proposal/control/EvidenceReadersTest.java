package phaze.proposal.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The small readers behind the engine: tags, folders, companions, mojibake, the event catalogue. */
class EvidenceReadersTest {

    private final NameParser parser = new NameParser();

    @Test
    void tagKeysAreNormalisedAndNumbersRead() {
        TagSet tags = TagSet.of(Map.of("Album Artist", "VA", "TRACKNUMBER", "7/12", "disc_number", "2/3", "title", " "));
        assertEquals("VA", tags.albumArtist());
        assertEquals(7, tags.trackNumber());
        assertEquals(2, tags.discNumber());
        assertEquals(3, tags.discTotal());
        assertNull(tags.title(), "blank is absent");
        assertTrue(tags.isCompilation());
    }

    @Test
    void foldersGiveAlbumsDiscsAndEvents() {
        FolderEvidence album = FolderEvidence.read(List.of("CD2", "Pink Floyd - The Wall", "music"), parser);
        assertEquals("The Wall", album.album());
        assertEquals("Pink Floyd", album.albumArtist());
        assertEquals(2, album.disc());
        FolderEvidence yearFirst = FolderEvidence.read(List.of("2001 - Discovery", "Daft Punk"), parser);
        assertEquals("Discovery", yearFirst.album());
        assertEquals("Daft Punk", yearFirst.albumArtist());
        assertEquals(2001, yearFirst.year());
        FolderEvidence event = FolderEvidence.read(List.of("Tomorrowland 2017", "performances"), parser);
        assertEquals("Tomorrowland", event.event().event());
        assertEquals(FolderEvidence.NONE, FolderEvidence.read(List.of("incoming", "music"), parser));
    }

    @Test
    void companionsGiveArtistTitleAndDate() {
        CompanionEvidence cue = CompanionEvidence.read(List.of(new CompanionText("set.cue",
                "REM DATE 2019-07-12\nPERFORMER \"Maceo Plex\"\nTITLE \"Live @ Dour\"\nTRACK 01 AUDIO\n  PERFORMER \"X\"\n")));
        assertEquals("Maceo Plex", cue.artist());
        assertEquals("Live @ Dour", cue.title());
        assertEquals("2019-07-12", cue.date());
        CompanionEvidence nfo = CompanionEvidence.read(List.of(new CompanionText("x.nfo",
                "Artist....: Nina Kraviz\nEvent.....: Dekmantel Festival\nDate......: 2017-08-06\n")));
        assertEquals("Nina Kraviz", nfo.artist());
        assertEquals("Dekmantel Festival", nfo.title());
        assertEquals("Pete Tong - Essential Mix", CompanionEvidence.read(List.of(new CompanionText("a.m3u",
                "#EXTM3U\n#EXTINF:7200,Pete Tong - Essential Mix\nset.mp3\n"))).title());
        assertTrue(CompanionEvidence.read(List.of(new CompanionText("a.jpg", ""))).isEmpty());
    }

    @Test
    void mojibakeIsRepairedOnlyWhenTheBytesDecode() {
        assertEquals(new Mojibake.Reading("Sigur R\u00f3s", Mojibake.State.REPAIRED), Mojibake.read("Sigur R\u00c3\u00b3s"));
        assertEquals(Mojibake.State.CLEAN, Mojibake.read("Sigur R\u00f3s").state());
        assertEquals(Mojibake.State.GARBLED, Mojibake.read("Sigur R\uFFFDs").state());
    }

    @Test
    void theCatalogueMatchesOnLetterBoundaries() {
        KnownEvents events = KnownEvents.builtIn();
        assertEquals("Ultra Music Festival", events.find("ultra2019 mainstage").orElseThrow().event().name());
        assertTrue(events.find("ultraviolet").isEmpty());
        assertEquals("Ultra Europe", events.find("Ultra Europe 2019").orElseThrow().event().name());
    }

    @Test
    void capitalisationIsOnlyGuessedForOneCaseText() {
        assertEquals("Armin van Buuren", NameStyle.tidy("ARMIN VAN BUUREN"));
        assertEquals("DJ Xyz", NameStyle.tidy("dj xyz"));
        assertEquals("deadmau5 Mixed", NameStyle.tidy("deadmau5 Mixed"));
        assertEquals("KSHMR", NameStyle.tidy("KSHMR"));
        assertEquals("\u5742\u672c\u9f8d\u4e00", NameStyle.tidy("\u5742\u672c\u9f8d\u4e00"));
    }
}
