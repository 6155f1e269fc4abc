package phaze.proposal.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NamingTemplateTest {

    private static final NamingTemplate LIVE = NamingTemplate.parse("{artist} - Live[ @ {event}][ {stage}][ {date}]");

    @Test
    void rendersFieldsAndOptionalSections() {
        assertEquals("Disclosure - Live @ Coachella Sahara Stage 2024.04.12", LIVE.render(Map.of(
                NameField.ARTIST, "Disclosure", NameField.EVENT, "Coachella",
                NameField.STAGE, "Sahara Stage", NameField.DATE, "2024.04.12")));
        assertEquals("Disclosure - Live", LIVE.render(Map.of(NameField.ARTIST, "Disclosure")));
    }

    @Test
    void nestedSectionsAreIndependent() {
        NamingTemplate track = NamingTemplate.parse("{artist} - [[{disc}-]{track} - ]{title}");
        assertEquals("Bicep - 1-01 - Atlas", track.render(Map.of(NameField.ARTIST, "Bicep", NameField.DISC, "1",
                NameField.TRACK, "01", NameField.TITLE, "Atlas")));
        assertEquals("Bicep - 01 - Atlas", track.render(Map.of(NameField.ARTIST, "Bicep",
                NameField.TRACK, "01", NameField.TITLE, "Atlas")));
        assertEquals("Bicep - Atlas", track.render(Map.of(NameField.ARTIST, "Bicep", NameField.DISC, "1",
                NameField.TITLE, "Atlas")));
    }

    @Test
    void aSlashInAValueIsNotAFolder() {
        assertEquals("music/AC-DC", NamingTemplate.parse("music/{artist}").render(Map.of(NameField.ARTIST, "AC/DC")));
    }

    @Test
    void escapesAndFieldList() {
        NamingTemplate template = NamingTemplate.parse("\\[{year}\\] {album}");
        assertEquals("[2021] Isles", template.render(Map.of(NameField.YEAR, "2021", NameField.ALBUM, "Isles")));
        assertEquals(EnumSet.of(NameField.YEAR, NameField.ALBUM), template.fields());
    }

    @Test
    void typosAreReportedWithTheirPosition() {
        TemplateSyntaxException unknown = assertThrows(TemplateSyntaxException.class,
                () -> NamingTemplate.parse("{artst} - {title}"));
        assertTrue(unknown.getMessage().contains("unknown field {artst}"), unknown.getMessage());
        assertEquals(1, unknown.position());
        assertThrows(TemplateSyntaxException.class, () -> NamingTemplate.parse("{artist} - [{title}"));
        assertThrows(TemplateSyntaxException.class, () -> NamingTemplate.parse("{artist}] - {title}"));
        assertThrows(TemplateSyntaxException.class, () -> NamingTemplate.parse("{artist - {title}"));
    }

    @Test
    void layoutPreviewsTheDefaultsAndCustomTemplates() {
        NamingLayout layout = NamingLayout.defaults();
        assertEquals("performances/festivals/Coachella 2024/Disclosure - Live @ Coachella Sahara Stage Day 1 2024.04.12",
                layout.preview(RecordingKind.FESTIVAL_SET, NamingLayout.sample(RecordingKind.FESTIVAL_SET)));
        assertEquals("music/Bicep/Isles/Bicep - 01 - Atlas",
                layout.preview(RecordingKind.ALBUM_TRACK, NamingLayout.sample(RecordingKind.ALBUM_TRACK)));
        NamingLayout custom = layout.with(RecordingKind.FESTIVAL_SET,
                "live/{festival}/{year}", "{date} {artist}[ ({stage})]");
        assertEquals("live/Coachella/2024/2024.04.12 Disclosure (Sahara Stage)",
                custom.preview(RecordingKind.FESTIVAL_SET, NamingLayout.sample(RecordingKind.FESTIVAL_SET)));
    }

    @Test
    void theEngineUsesACustomLayout() {
        NamingLayout custom = NamingLayout.defaults().with(RecordingKind.ALBUM_TRACK,
                "albums/{album_artist} - {album}", "{track}. {title}");
        RuleProposalEngine engine = new RuleProposalEngine(custom, DateConventions.NONE, new phaze.path.PathLegalizer());
        ProposalDraft draft = engine.propose(ProposalEvidence.of("x/a.flac").withTags(Map.of(
                "artist", "Bicep", "title", "Atlas", "album", "Isles", "tracknumber", "1")));
        assertEquals("albums/Bicep - Isles/01. Atlas.flac", draft.relativePath());
    }
}
