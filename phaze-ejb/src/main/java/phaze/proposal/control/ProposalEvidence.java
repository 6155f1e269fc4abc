package phaze.proposal.control;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import phaze.path.FileExtension;

/**
 * Everything the proposal engines may look at for one file. Built by the PROPOSE stage from the
 * stored results of TAGS, ANALYZE and TRACKLIST; never touches the file itself.
 *
 * @param currentPath     the file's path relative to its library root, '/'-separated
 * @param tags            its tags (may be {@link TagSet#NONE})
 * @param companions      texts of .cue/.nfo/.m3u files beside it (may be empty)
 * @param durationSeconds duration, or 0 when unknown
 * @param analysis        tempo and key, or null before ANALYZE ran
 * @param tracklist       a matched tracklist, or null
 */
public record ProposalEvidence(String currentPath, TagSet tags, List<CompanionText> companions,
                               double durationSeconds, AudioAnalysis analysis, TracklistHint tracklist) {

    /** Recordings this long are performances rather than tracks, unless tags say otherwise. */
    public static final double PERFORMANCE_SECONDS = 20 * 60;

    public ProposalEvidence {
        if (currentPath == null || currentPath.isBlank()) {
            throw new IllegalArgumentException("the current path is required");
        }
        tags = tags == null ? TagSet.NONE : tags;
        companions = companions == null ? List.of() : List.copyOf(companions);
    }

    public static ProposalEvidence of(String currentPath) {
        return new ProposalEvidence(currentPath, TagSet.NONE, List.of(), 0, null, null);
    }

    public ProposalEvidence withTags(Map<String, String> values) {
        return new ProposalEvidence(currentPath, TagSet.of(values), companions, durationSeconds, analysis, tracklist);
    }

    public ProposalEvidence withDuration(double seconds) {
        return new ProposalEvidence(currentPath, tags, companions, seconds, analysis, tracklist);
    }

    public ProposalEvidence withCompanions(List<CompanionText> texts) {
        return new ProposalEvidence(currentPath, tags, texts, durationSeconds, analysis, tracklist);
    }

    public ProposalEvidence withAnalysis(AudioAnalysis value) {
        return new ProposalEvidence(currentPath, tags, companions, durationSeconds, value, tracklist);
    }

    public ProposalEvidence withTracklist(TracklistHint value) {
        return new ProposalEvidence(currentPath, tags, companions, durationSeconds, analysis, value);
    }

    public String fileName() {
        return currentPath.substring(currentPath.lastIndexOf('/') + 1);
    }

    public FileExtension extension() {
        return FileExtension.of(fileName());
    }

    public String stem() {
        return FileExtension.stemOf(fileName());
    }

    /** The current folder relative to the root, "" for the root itself. */
    public String folder() {
        int slash = currentPath.lastIndexOf('/');
        return slash < 0 ? "" : currentPath.substring(0, slash);
    }

    /** Folder names from the nearest parent outwards. */
    public List<String> foldersNearestFirst() {
        List<String> names = Arrays.asList(folder().isEmpty() ? new String[0] : folder().split("/"));
        java.util.Collections.reverse(names);
        return names;
    }

    public boolean isLong() {
        return durationSeconds >= PERFORMANCE_SECONDS;
    }
}
