package phaze.agent.analysis;

import phaze.audio.analysis.AnalysisResult;
import phaze.audio.analysis.descriptor.Descriptors;
import phaze.audio.analysis.key.KeyEstimate;
import phaze.audio.analysis.tempo.TempoEstimate;
import phaze.audio.analysis.timeline.TimelineWindow;
import phaze.audio.ingest.IngestResult;
import phaze.protocol.agent.FileAnalysis;

import java.util.List;

/** phaze-audio's analysis, flattened into the wire record; unknown values become null, not NaN. */
final class AnalysisMapping {

    private AnalysisMapping() {
    }

    static FileAnalysis of(IngestResult result) {
        AnalysisResult a = result.analysis();
        TempoEstimate tempo = a.tempo();
        KeyEstimate key = a.key();
        boolean clearKey = key != null && key.key() != null && key.isClear();
        Descriptors d = a.descriptors();
        List<FileAnalysis.Window> windows = a.timeline() == null ? List.of()
                : a.timeline().windows().stream().map(AnalysisMapping::window).toList();
        return new FileAnalysis(finite(a.durationSeconds()),
                tempo != null && tempo.isKnown() ? finite(tempo.bpm()) : null,
                tempo == null ? null : finite(tempo.confidence()),
                tempo != null && tempo.isKnown() ? finite(tempo.alternativeBpm()) : null,
                a.beatGrid() == null ? null : finite(a.beatGrid().firstBeatSeconds()),
                a.beatGrid() == null ? null : finite(a.beatGrid().periodSeconds()),
                clearKey ? key.key().toString() : null, key == null ? null : finite(key.confidence()),
                clearKey ? key.key().camelot() : null, clearKey ? key.key().openKey() : null,
                finite(a.loudness().integratedLufs()), finite(a.loudness().loudnessRangeLu()),
                finite(a.loudness().samplePeakDbfs()), finite(a.loudness().truePeakDbtp()), finite(a.loudness().replayGainDb()),
                d == null ? null : d.energy(), d == null ? null : finite(d.danceability()),
                d == null ? null : finite(d.brightness()), d == null ? null : finite(d.dynamicsLu()),
                d == null || d.mood() == null ? null : d.mood().label().csv(), d == null || d.mood() == null ? null : d.mood().because(),
                result.payloadHash().hex(), result.payloadHash().algorithm(), windows,
                d == null ? List.of() : d.style().stream()
                        .map(st -> new FileAnalysis.Style(st.model(), st.label(), st.score())).toList());
    }

    private static FileAnalysis.Window window(TimelineWindow w) {
        boolean clearKey = w.key() != null && w.key().key() != null && w.key().isClear();
        return new FileAnalysis.Window(w.startSeconds(), w.startSeconds() + w.durationSeconds(),
                w.tempo() != null && w.tempo().isKnown() ? finite(w.tempo().bpm()) : null,
                clearKey ? w.key().key().toString() : null, w.energy(), finite(w.lufs()));
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
