package phaze.proposal.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameParserTest {

    private final NameParser parser = new NameParser();

    @Test
    void readsASceneFestivalRelease() {
        ParsedName name = parser.parse("dj_xyz__ultra2019_mainstage-WEB-2019-talion");
        assertEquals("DJ Xyz", name.artist());
        assertEquals("Ultra Music Festival", name.event());
        assertEquals(EventKind.FESTIVAL, name.knownEvent().kind());
        assertEquals("Main Stage", name.stage());
        assertEquals("2019.xx.xx", name.date().format());
        assertEquals(List.of("WEB"), name.sources());
        assertEquals(new ReleaseGroup("TALION"), name.releaseGroup());
        assertTrue(name.liveMarker());
        assertTrue(name.caseGuessed(), "all lower case: capitalisation is a guess");
    }

    @Test
    void readsB2bPartnersStageDayAndPartialDates() {
        ParsedName name = parser.parse("Adam Beyer b2b Cirez D - Live @ Coachella Sahara Stage Day 1 2023.07.xx");
        assertEquals(List.of("Adam Beyer", "Cirez D"), name.artists());
        assertEquals("Adam Beyer b2b Cirez D", name.artist());
        assertEquals("Sahara Stage", name.stage());
        assertEquals("Day 1", name.day());
        assertEquals("2023.07.xx", name.date().format());
    }

    @Test
    void keepsAnAmbiguousSceneDateAmbiguous() {
        ParsedName name = parser.parse("Carl_Cox_-_Live_at_Space_Closing_Fiesta_Ibiza-SAT-10-01-2015-TALiON");
        assertTrue(name.dateMention().ambiguous());
        assertEquals("2015.xx.xx", name.date().format());
        assertEquals(10, name.dateMention().first());
        assertEquals(1, name.dateMention().second());
    }

    @Test
    void readsStudioTrackLayouts() {
        for (String text : List.of("01 - Bicep - Atlas", "Bicep - 01 - Atlas", "01-bicep-atlas", "01. Bicep - Atlas")) {
            ParsedName name = parser.parse(text);
            assertEquals("Bicep", name.artist(), text);
            assertEquals("Atlas", name.title(), text);
            assertEquals(1, name.trackNumber(), text);
            assertFalse(name.liveMarker(), text);
        }
    }

    @Test
    void readsDiscAndTrackNumbers() {
        ParsedName name = parser.parse("2-03 Blackbird");
        assertEquals(2, name.discNumber());
        assertEquals(3, name.trackNumber());
        assertEquals("Blackbird", name.title());
    }

    @Test
    void doesNotMistakeArtistNumbersForTracks() {
        assertNull(parser.parse("50 Cent - In Da Club").trackNumber());
        assertEquals("808 State", parser.parse("808 State - Pacific").artist());
    }

    @Test
    void aSongNamedAfterAClubIsStillASong() {
        ParsedName name = parser.parse("David Bowie - Space Oddity");
        assertFalse(name.liveMarker());
        assertEquals("Space Oddity", name.title());
        assertNull(name.event());
    }

    @Test
    void readsEventFirstNames() {
        ParsedName name = parser.parse("Tomorrowland 2019 - Armin van Buuren");
        assertEquals("Armin van Buuren", name.artist());
        assertEquals("Tomorrowland", name.event());
    }

    @Test
    void repairsMojibakeAndFlagsGarbledNames() {
        assertEquals("Beyonc\u00e9", parser.parse("Beyonc\u00c3\u00a9 - Halo").artist());
        assertEquals(Mojibake.State.REPAIRED, parser.parse("Beyonc\u00c3\u00a9 - Halo").text());
        assertTrue(parser.parse("Sigur R??s - Hoppipolla").isGarbled());
    }

    @Test
    void liftsSourceTagsFromBracketsAndWords() {
        ParsedName name = parser.parse("Radiohead - Live @ Madison Square Garden 2008-06-24 (AUD)");
        assertEquals(List.of("AUD"), name.sources());
        assertEquals("Madison Square Garden", name.event());
        assertEquals("Madison Square Garden", name.venue());
        assertEquals("2008.06.24", name.date().format());
    }

    @Test
    void keepsShowNamesThatContainSourceWords() {
        assertEquals("Kiss FM", parser.parse("Judge Jules - Kiss FM 1998-05-02").event());
    }
}
