package phaze.proposal.control;

import java.util.Map;
import java.util.Optional;
import phaze.path.PathLegalizer;

/**
 * The default proposal engine: names and files a recording from its tags, file name, folders and
 * companions, following DOMAIN.md's naming rules. Every draft passes through the
 * {@link PathLegalizer} before it leaves. Immutable and thread-safe; one instance per layout and
 * learned conventions.
 */
public final class RuleProposalEngine {

    private final NameParser parser;
    private final NamingLayout layout;
    private final DraftLegalizer drafts;
    private final PerformanceRules performances;
    private final TrackRules tracks = new TrackRules();

    public RuleProposalEngine(NamingLayout layout, DateConventions conventions, PathLegalizer legalizer) {
        this.parser = new NameParser(KnownEvents.builtIn());
        this.layout = layout;
        this.drafts = new DraftLegalizer(legalizer);
        this.performances = new PerformanceRules(parser, conventions);
    }

    /** The default layout, no learned conventions, default path limits. */
    public RuleProposalEngine() {
        this(NamingLayout.defaults(), DateConventions.NONE, new PathLegalizer());
    }

    public NamingLayout layout() {
        return layout;
    }

    public ProposalDraft propose(ProposalEvidence evidence) {
        FolderEvidence folders = FolderEvidence.read(evidence.foldersNearestFirst(), parser);
        Optional<TaperName> taper = TaperName.parse(evidence.stem());
        if (taper.isEmpty() && folders.taperFolder() != null) {
            taper = TaperName.parse(folders.taperFolder());
        }
        if (taper.isPresent()) {
            return taperDraft(evidence, taper.get(), folders);
        }
        ParsedName fileName = parser.parse(evidence.stem());
        CompanionEvidence companion = CompanionEvidence.read(evidence.companions());
        FactSheet sheet = new FactSheet();
        RecordingKind kind = classify(evidence, fileName, folders, companion, sheet);
        if (kind == RecordingKind.UNKNOWN) {
            return inPlace(evidence, fileName);
        }
        double confidence = kind.isPerformance()
                ? Confidence.performance(kind, sheet, fileName.liveMarker() || evidence.tracklist() != null)
                : Confidence.track(kind, sheet);
        String described = kind.isPerformance()
                ? sheet.describe(NameField.ARTIST, NameField.EVENT, NameField.STAGE, NameField.DAY, NameField.DATE,
                        NameField.SOURCE, NameField.RELEASE_GROUP)
                : sheet.describe(NameField.ARTIST, NameField.TITLE, NameField.ALBUM, NameField.ALBUM_ARTIST,
                        NameField.DISC, NameField.TRACK);
        return render(evidence, kind, sheet.values(), confidence, sheet.reasoning(described), sheet.provenance());
    }

    private RecordingKind classify(ProposalEvidence evidence, ParsedName fileName, FolderEvidence folders,
                                   CompanionEvidence companion, FactSheet sheet) {
        TagSet tags = evidence.tags();
        boolean albumTrack = tags.album() != null && tags.trackNumber() != null;
        boolean titleSaysLive = tags.title() != null && parser.parse(tags.title()).liveMarker();
        boolean nameSaysLive = !fileName.isGarbled() && fileName.liveMarker();
        boolean performance = nameSaysLive || titleSaysLive || evidence.tracklist() != null
                || (evidence.isLong() && !albumTrack);
        if (performance) {
            if (evidence.isLong() && !nameSaysLive && !titleSaysLive) {
                sheet.reason("Long recording (" + Math.round(evidence.durationSeconds() / 60) + " min), so a performance.");
            }
            RecordingKind kind = performances.fill(evidence, fileName, folders, companion, sheet);
            if (kind != RecordingKind.UNKNOWN) {
                return kind;
            }
        }
        return tracks.fill(evidence, fileName, folders, sheet);
    }

    private ProposalDraft render(ProposalEvidence evidence, RecordingKind kind, Map<NameField, String> values,
                                 double confidence, String reasoning, Map<NameField, Provenance> provenance) {
        NamingLayout.Rule rule = layout.rule(kind);
        return drafts.legalize(evidence, rule.folder().render(values), rule.fileName().render(values),
                confidence, reasoning, kind, provenance);
    }

    private ProposalDraft taperDraft(ProposalEvidence evidence, TaperName taper, FolderEvidence folders) {
        FactSheet sheet = new FactSheet();
        String tagArtist = evidence.tags().artist();
        Optional<String> band = taper.band();
        boolean tagConfirms = tagArtist != null && band.isPresent() && SameName.of(tagArtist, band.get());
        String artist = band.orElse(tagArtist);
        String fileStem = evidence.stem();
        if (artist == null) {
            ProposalDraft kept = inPlace(evidence, null);
            return new ProposalDraft(kept.fileName(), kept.folder(), Confidence.taper(false, false, false),
                    "An etree taper name (band code '" + taper.bandCode() + "', " + taper.date().format()
                            + "), kept exactly; the band code is unknown and there is no artist tag, so it stays"
                            + " where it is.", RecordingKind.TAPER_RECORDING, Map.of(NameField.TAPER_NAME, Provenance.KEPT));
        }
        sheet.put(NameField.TAPER_NAME, fileStem, Provenance.KEPT);
        sheet.put(NameField.CONCERT, new Fact(artist, band.isPresent() ? Provenance.KNOWN_EVENT : Provenance.TAG, tagConfirms));
        sheet.put(NameField.ARTIST, sheet.get(NameField.CONCERT));
        sheet.put(NameField.YEAR, String.valueOf(taper.date().year()), Provenance.KEPT);
        sheet.put(NameField.DATE, taper.date().format(), Provenance.KEPT);
        if (folders.taperFolder() != null && !folders.taperFolder().equals(fileStem)) {
            sheet.put(NameField.TAPER_FOLDER, folders.taperFolder(), Provenance.KEPT);
        }
        String reasoning = "An etree taper name, kept exactly (band code '" + taper.bandCode() + "' is " + artist
                + (tagConfirms ? ", confirmed by the artist tag" : band.isPresent() ? "" : " per the artist tag")
                + "; show date " + taper.date().format() + "). Filed with the band's concerts of that year.";
        return render(evidence, RecordingKind.TAPER_RECORDING, sheet.values(),
                Confidence.taper(band.isPresent(), tagArtist != null, tagConfirms), reasoning, sheet.provenance());
    }

    /** Unsure: the file stays in its folder, its name only made legal. */
    private ProposalDraft inPlace(ProposalEvidence evidence, ParsedName fileName) {
        String why = fileName != null && fileName.isGarbled()
                ? "The file name is garbled and there are no usable tags"
                : "Not enough evidence (no artist and title, no performance)";
        return drafts.legalize(evidence, evidence.folder(), evidence.stem(), Confidence.UNSURE,
                why + "; kept in place.", RecordingKind.UNKNOWN, Map.of(NameField.TITLE, Provenance.KEPT));
    }
}
