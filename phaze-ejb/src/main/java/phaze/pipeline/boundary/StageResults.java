package phaze.pipeline.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.json.Json;
import phaze.pipeline.control.Stage;
import phaze.protocol.agent.FileTags;
import phaze.protocol.agent.WorkResult;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Map;

/**
 * What per-file stages produced, written idempotently: a repeated report of the same file and stage
 * replaces the earlier one, so a re-leased item can never leave two results behind.
 */
@Stateless
public class StageResults {

    private static final String RESULT = """
            insert into phaze.stage_result (file_id, stage, status, message) values (?, ?, ?, ?)
            on conflict (file_id, stage) do update set status = excluded.status, message = excluded.message,
                updated_at = now()""";

    private static final String TAGS = """
            insert into phaze.file_tags (file_id, artist, title, album, album_artist, year, genre, track_number,
                disc_number, duration_seconds, bitrate_kbps, sample_rate, channels, codec, reader, raw)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb))
            on conflict (file_id) do update set artist = excluded.artist, title = excluded.title,
                album = excluded.album, album_artist = excluded.album_artist, year = excluded.year,
                genre = excluded.genre, track_number = excluded.track_number, disc_number = excluded.disc_number,
                duration_seconds = excluded.duration_seconds, bitrate_kbps = excluded.bitrate_kbps,
                sample_rate = excluded.sample_rate, channels = excluded.channels, codec = excluded.codec,
                reader = excluded.reader, raw = excluded.raw, updated_at = now()""";

    @Resource(lookup = "java:jboss/datasources/PhazeDS")
    DataSource dataSource;

    public void record(long fileId, Stage stage, WorkResult result) {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement(RESULT)) {
                ps.setLong(1, fileId);
                ps.setString(2, stage.wireName());
                ps.setString(3, result.outcome());
                ps.setString(4, storable(result.message()));
                ps.executeUpdate();
            }
            if (stage == Stage.TAGS && result.succeeded() && result.tags() != null) {
                writeTags(c, fileId, result.tags());
            }
            if (stage == Stage.ANALYZE && result.succeeded() && result.analysis() != null) {
                AnalysisRows.write(c, fileId, result.analysis());
            }
        } catch (SQLException e) {
            throw new IllegalStateException("recording " + stage.workKey(Long.toString(fileId)) + " failed: " + e.getMessage(), e);
        }
    }

    private static void writeTags(Connection c, long fileId, FileTags t) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(TAGS)) {
            ps.setLong(1, fileId);
            String[] texts = {t.artist(), t.title(), t.album(), t.albumArtist(), t.year(), t.genre(), t.trackNumber(), t.discNumber()};
            for (int i = 0; i < texts.length; i++) {
                ps.setString(2 + i, storable(texts[i]));
            }
            setNullable(ps, 10, t.durationSeconds(), Types.DOUBLE);
            setNullable(ps, 11, t.bitrateKbps(), Types.INTEGER);
            setNullable(ps, 12, t.sampleRate(), Types.INTEGER);
            setNullable(ps, 13, t.channels(), Types.INTEGER);
            ps.setString(14, storable(t.codec()));
            ps.setString(15, t.reader() == null ? "unknown" : t.reader());
            ps.setString(16, json(t.raw()));
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("delete from phaze.file_companion_text where file_id = ?")) {
            ps.setLong(1, fileId);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("""
                insert into phaze.file_companion_text (file_id, file_name, text) values (?, ?, ?)
                on conflict do nothing""")) {
            for (var note : t.companions()) {
                ps.setLong(1, fileId);
                ps.setString(2, storable(note.fileName()));
                ps.setString(3, storable(note.text()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /**
     * Tags arrive with NUL padding and other debris (ID3 frames often end in \0); PostgreSQL text
     * cannot hold NUL, so it is dropped here rather than losing the whole result.
     */
    static String storable(String text) {
        return text == null ? null : text.replace("\0", "");
    }

    private static void setNullable(PreparedStatement ps, int index, Object value, int type) throws SQLException {
        if (value == null) {
            ps.setNull(index, type);
        } else {
            ps.setObject(index, value);
        }
    }

    /** A flat string map as a JSON object (JSON-P does the escaping; PostgreSQL checks it on the cast). */
    static String json(Map<String, String> raw) {
        var object = Json.createObjectBuilder();
        raw.forEach((k, v) -> {
            if (k != null && v != null) {
                object.add(storable(k), storable(v));
            }
        });
        return object.build().toString();
    }
}
