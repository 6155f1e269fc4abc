package phaze.library.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import phaze.pipeline.control.Stage;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads a file's tags and per-stage status; status is derived from results and work items. */
@Stateless
public class FileDetails {

    @Resource(lookup = "java:jboss/datasources/PhazeDS")
    DataSource dataSource;

    public FileDetail.Tags tags(long fileId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("""
                select artist, title, album, album_artist, year, genre, track_number, disc_number, duration_seconds,
                       bitrate_kbps, sample_rate, channels, codec, reader, raw::text
                from phaze.file_tags where file_id = ?""")) {
            ps.setLong(1, fileId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                return new FileDetail.Tags(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                        (Double) rs.getObject(9), (Integer) rs.getObject(10), (Integer) rs.getObject(11),
                        (Integer) rs.getObject(12), rs.getString(13), rs.getString(14), rs.getString(15));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading tags of file " + fileId + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * Companion files (sheets, notes, artwork, checksums) in the media file's folder: those sharing
     * its name stem first, then the folder's others. A companion file has none.
     */
    public java.util.List<String> companions(phaze.library.entity.AudioFile media) {
        if ("companion".equals(media.kind())) {
            return java.util.List.of();
        }
        String path = media.relativePath();
        int slash = path.lastIndexOf('/');
        String folder = slash < 0 ? "" : path.substring(0, slash + 1);
        String name = path.substring(slash + 1);
        String stem = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        java.util.List<String> found = new java.util.ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("""
                select relative_path from phaze.audio_file
                where agent_id = ? and root = ? and kind = 'companion'
                  and left(relative_path, ?) = ? and position('/' in substr(relative_path, ? + 1)) = 0
                order by (substr(relative_path, ? + 1) like ? escape '\') desc, relative_path""")) {
            ps.setString(1, media.agentId());
            ps.setString(2, media.root());
            ps.setInt(3, folder.length());
            ps.setString(4, folder);
            ps.setInt(5, folder.length());
            ps.setInt(6, folder.length());
            ps.setString(7, stem.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + ".%");
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading companions of " + path + " failed: " + e.getMessage(), e);
        }
        return found;
    }

    public FileDetail.Analysis analysis(long fileId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("""
                select duration_seconds, bpm, bpm_confidence, bpm_alternative, musical_key, key_confidence, camelot,
                       open_key, lufs, loudness_range_lu, true_peak_dbtp, energy, danceability, mood, mood_because,
                       payload_hash, timeline::text, style::text
                from phaze.file_analysis where file_id = ?""")) {
            ps.setLong(1, fileId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                return new FileDetail.Analysis((Double) rs.getObject(1), (Double) rs.getObject(2), (Double) rs.getObject(3),
                        (Double) rs.getObject(4), rs.getString(5), (Double) rs.getObject(6), rs.getString(7),
                        rs.getString(8), (Double) rs.getObject(9), (Double) rs.getObject(10), (Double) rs.getObject(11),
                        (Integer) rs.getObject(12), (Double) rs.getObject(13), rs.getString(14), rs.getString(15),
                        rs.getString(16), rs.getString(17), StyleText.of(rs.getString(18)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading the analysis of file " + fileId + " failed: " + e.getMessage(), e);
        }
    }

    /** The per-file stages operators control (execute items are a batch's business, shown there). */
    private static final String PER_FILE = java.util.Arrays.stream(Stage.values()).filter(Stage::controllable)
            .map(s -> "'" + s.wireName() + "'").collect(java.util.stream.Collectors.joining(", ", "(", ")"));

    /** The status of every per-file stage for a page of files, in two queries. */
    public Map<Long, Map<String, String>> stages(java.util.List<Long> fileIds) {
        Map<Long, Map<String, String>> all = new java.util.HashMap<>();
        for (Long id : fileIds) {
            Map<String, String> initial = new LinkedHashMap<>();
            for (Stage s : Stage.values()) {
                if (s.controllable()) {
                    initial.put(s.wireName(), "not_started");
                }
            }
            all.put(id, initial);
        }
        if (fileIds.isEmpty()) {
            return all;
        }
        try (Connection c = dataSource.getConnection()) {
            java.sql.Array ids = c.createArrayOf("bigint", fileIds.toArray());
            try (PreparedStatement ps = c.prepareStatement("select file_id, stage from phaze.work_item"
                    + " where file_id = any (?) and state in ('queued', 'leased') and stage in " + PER_FILE)) {
                ps.setArray(1, ids);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        all.get(rs.getLong(1)).put(rs.getString(2), "in_flight");
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("select file_id, stage, status from phaze.stage_result"
                    + " where file_id = any (?) and stage in " + PER_FILE)) {
                ps.setArray(1, ids);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        all.get(rs.getLong(1)).put(rs.getString(2), rs.getString(3));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading stages of " + fileIds.size() + " files failed: " + e.getMessage(), e);
        }
        return all;
    }

    public Map<String, FileDetail.StageStatus> stages(long fileId) {
        Map<String, FileDetail.StageStatus> stages = new LinkedHashMap<>();
        for (Stage s : Stage.values()) {
            if (s.controllable()) {
                stages.put(s.wireName(), new FileDetail.StageStatus("not_started", null));
            }
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("""
                select w.stage, case when r.status is not null then r.status
                                     when w.state in ('queued', 'leased') then 'in_flight'
                                     else w.state end, coalesce(r.message, w.last_error)
                from phaze.work_item w left join phaze.stage_result r on r.file_id = w.file_id and r.stage = w.stage
                where w.file_id = ? and w.stage in""" + " " + PER_FILE + """

                union
                select r.stage, r.status, r.message from phaze.stage_result r where r.file_id = ?""")) {
            ps.setLong(1, fileId);
            ps.setLong(2, fileId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    stages.put(rs.getString(1), new FileDetail.StageStatus(rs.getString(2), rs.getString(3)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading stages of file " + fileId + " failed: " + e.getMessage(), e);
        }
        return stages;
    }
}
