package phaze.audio.cli;

import java.util.List;
import java.util.Locale;
import phaze.audio.analysis.AnalysisResult;
import phaze.audio.analysis.key.KeyEstimate;
import phaze.audio.analysis.style.StyleScore;
import phaze.audio.analysis.tempo.TempoEstimate;
import phaze.audio.analysis.timeline.Timeline;
import phaze.audio.analysis.timeline.TimelineWindow;

/**
 * The wire formats of {@code analyze}: one CSV row per file, JSON lines per timeline window. Unknown
 * values (no pulse, no clear key, digital silence) are empty cells / JSON nulls, never invented numbers.
 */
final class AnalysisFormat {
    static final String CSV_HEADER =
            "file,duration_s,bpm,bpm_confidence,bpm_alt,key,key_confidence,camelot,lufs,lra,peak_dbfs,energy,danceability,mood";

    private AnalysisFormat() {
    }

    static String csvRow(String file, AnalysisResult r) {
        TempoEstimate t = r.tempo();
        KeyEstimate k = r.key();
        return String.join(",", Csv.field(file), num(r.durationSeconds(), 1),
                t.isKnown() ? num(t.bpm(), 1) : "", num(t.confidence(), 2), t.isKnown() ? num(t.alternativeBpm(), 1) : "",
                k.isClear() ? k.key().shortName() : "", num(k.confidence(), 2), k.isClear() ? k.key().camelot() : "",
                num(r.loudness().integratedLufs(), 1), num(r.loudness().loudnessRangeLu(), 1),
                num(r.loudness().samplePeakDbfs(), 1), Integer.toString(r.descriptors().energy()),
                num(r.descriptors().danceability(), 2), r.descriptors().mood().label().csv());
    }

    static String windowJson(String file, TimelineWindow w) {
        TempoEstimate t = w.tempo();
        KeyEstimate k = w.key();
        return "{\"type\":\"window\",\"file\":" + jsonString(file)
                + ",\"start_s\":" + json(w.startSeconds(), 1) + ",\"duration_s\":" + json(w.durationSeconds(), 1)
                + ",\"bpm\":" + (t.isKnown() ? json(t.bpm(), 1) : "null") + ",\"bpm_confidence\":" + json(t.confidence(), 2)
                + ",\"key\":" + (k.isClear() ? jsonString(k.key().shortName()) : "null")
                + ",\"key_confidence\":" + json(k.confidence(), 2)
                + ",\"camelot\":" + (k.isClear() ? jsonString(k.key().camelot()) : "null")
                + ",\"lufs\":" + json(w.lufs(), 1) + ",\"energy\":" + w.energy() + "}";
    }

    /** Last line for a file: the whole-recording aggregates of its timeline. */
    static String summaryJson(String file, AnalysisResult r) {
        Timeline tl = r.timeline();
        var key = tl.durationWeightedKey();
        return "{\"type\":\"summary\",\"file\":" + jsonString(file) + ",\"duration_s\":" + json(r.durationSeconds(), 1)
                + ",\"window_s\":" + json(tl.windowSeconds(), 1) + ",\"windows\":" + tl.windows().size()
                + ",\"median_confident_bpm\":" + json(tl.medianConfidentBpm(), 1)
                + ",\"duration_weighted_key\":" + (key == null ? "null" : jsonString(key.shortName()))
                + ",\"lufs\":" + json(r.loudness().integratedLufs(), 1)
                + ",\"style\":" + styleJson(r.descriptors().style()) + "}";
    }

    /** Scores of the user's style models (PHAZE_MODELS_DIR); [] without a model. */
    private static String styleJson(List<StyleScore> style) {
        StringBuilder b = new StringBuilder("[");
        for (StyleScore s : style) {
            b.append(b.length() > 1 ? "," : "").append("{\"model\":").append(jsonString(s.model()))
                    .append(",\"label\":").append(jsonString(s.label())).append(",\"score\":").append(json(s.score(), 3))
                    .append('}');
        }
        return b.append(']').toString();
    }

    private static String num(double v, int decimals) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%." + decimals + "f", v) : "";
    }

    private static String json(double v, int decimals) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%." + decimals + "f", v) : "null";
    }

    static String jsonString(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
