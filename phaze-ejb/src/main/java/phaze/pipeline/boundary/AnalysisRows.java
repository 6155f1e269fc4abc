package phaze.pipeline.boundary;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import phaze.protocol.agent.FileAnalysis;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;

/** Writes one file's analysis row (idempotent upsert); the timeline goes in as JSON. */
final class AnalysisRows {

    private static final String UPSERT = """
            insert into phaze.file_analysis (file_id, duration_seconds, bpm, bpm_confidence, bpm_alternative,
                first_beat_seconds, beat_period_seconds, musical_key, key_confidence, camelot, open_key, lufs,
                loudness_range_lu, sample_peak_dbfs, true_peak_dbtp, replay_gain_db, energy, danceability, brightness,
                dynamics_lu, mood, mood_because, payload_hash, payload_hash_algorithm, timeline, style)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb))
            on conflict (file_id) do update set duration_seconds = excluded.duration_seconds, bpm = excluded.bpm,
                bpm_confidence = excluded.bpm_confidence, bpm_alternative = excluded.bpm_alternative,
                first_beat_seconds = excluded.first_beat_seconds, beat_period_seconds = excluded.beat_period_seconds,
                musical_key = excluded.musical_key, key_confidence = excluded.key_confidence, camelot = excluded.camelot,
                open_key = excluded.open_key, lufs = excluded.lufs, loudness_range_lu = excluded.loudness_range_lu,
                sample_peak_dbfs = excluded.sample_peak_dbfs, true_peak_dbtp = excluded.true_peak_dbtp,
                replay_gain_db = excluded.replay_gain_db, energy = excluded.energy, danceability = excluded.danceability,
                brightness = excluded.brightness, dynamics_lu = excluded.dynamics_lu, mood = excluded.mood,
                mood_because = excluded.mood_because, payload_hash = excluded.payload_hash,
                payload_hash_algorithm = excluded.payload_hash_algorithm, timeline = excluded.timeline, style = excluded.style,
                updated_at = now()""";

    private AnalysisRows() {
    }

    static void write(Connection c, long fileId, FileAnalysis a) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(UPSERT)) {
            Object[] values = {fileId, a.durationSeconds(), a.bpm(), a.bpmConfidence(), a.bpmAlternative(),
                    a.firstBeatSeconds(), a.beatPeriodSeconds(), a.key(), a.keyConfidence(), a.camelot(), a.openKey(),
                    a.lufs(), a.loudnessRangeLu(), a.samplePeakDbfs(), a.truePeakDbtp(), a.replayGainDb(), a.energy(),
                    a.danceability(), a.brightness(), a.dynamicsLu(), a.mood(), a.moodBecause(), a.payloadHash(),
                    a.payloadHashAlgorithm(), timeline(a), style(a)};
            for (int i = 0; i < values.length; i++) {
                Object v = values[i] instanceof String text ? StageResults.storable(text) : finite(values[i]);
                if (v == null) {
                    ps.setNull(i + 1, Types.NULL);
                } else {
                    ps.setObject(i + 1, v);
                }
            }
            ps.executeUpdate();
        }
    }

    /** NaN and infinities are "no value" in the database, not an error. */
    private static Object finite(Object v) {
        return v instanceof Double d && !Double.isFinite(d) ? null : v;
    }

    private static String style(FileAnalysis a) {
        JsonArrayBuilder scores = Json.createArrayBuilder();
        for (FileAnalysis.Style st : a.style()) {
            if (st != null && st.label() != null && Double.isFinite(st.score())) {
                scores.add(Json.createObjectBuilder().add("model", String.valueOf(st.model()))
                        .add("label", StageResults.storable(st.label())).add("score", st.score()));
            }
        }
        return scores.build().toString();
    }

    private static String timeline(FileAnalysis a) {
        JsonArrayBuilder windows = Json.createArrayBuilder();
        for (FileAnalysis.Window w : a.timeline()) {
            JsonObjectBuilder o = Json.createObjectBuilder().add("start", w.startSeconds()).add("end", w.endSeconds());
            if (w.bpm() != null && Double.isFinite(w.bpm())) {
                o.add("bpm", w.bpm());
            }
            if (w.key() != null) {
                o.add("key", w.key());
            }
            if (w.energy() != null) {
                o.add("energy", w.energy());
            }
            if (w.lufs() != null && Double.isFinite(w.lufs())) {
                o.add("lufs", w.lufs());
            }
            windows.add(o);
        }
        return windows.build().toString();
    }
}
