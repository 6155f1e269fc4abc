package phaze.library.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import phaze.library.entity.ScanBatch;
import phaze.protocol.FileKind;
import phaze.protocol.agent.DiscoveredFile;
import phaze.protocol.agent.DiscoveryChunk;
import phaze.protocol.agent.FileProblem;
import phaze.platform.RequestRefusedException;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes what agents discover. Files are upserted on (agent, path) in one JDBC batch per chunk,
 * inside the caller's transaction, so a rescan refreshes rows and never duplicates them.
 */
@Stateless
public class DiscoveredFiles {
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private static final String UPSERT = """
            insert into phaze.audio_file (agent_id, root, relative_path, path, size_bytes, sha256, kind, extension,
                                          modified_at, scan_id)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            on conflict (agent_id, path) do update set
                size_bytes = excluded.size_bytes, sha256 = excluded.sha256, kind = excluded.kind,
                extension = excluded.extension, modified_at = excluded.modified_at, scan_id = excluded.scan_id,
                updated_at = now()""";

    @Resource(lookup = "java:jboss/datasources/PhazeDS")
    DataSource dataSource;

    public void upsert(ScanBatch scan, DiscoveryChunk chunk) {
        chunk.files().forEach(DiscoveredFiles::check);
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement(UPSERT)) {
                for (DiscoveredFile f : chunk.files()) {
                    ps.setString(1, scan.agentId());
                    ps.setString(2, scan.root());
                    ps.setString(3, f.relativePath());
                    ps.setString(4, scan.root() + "/" + f.relativePath());
                    ps.setLong(5, f.sizeBytes());
                    ps.setString(6, f.sha256());
                    ps.setString(7, f.kind());
                    ps.setString(8, FileKind.extension(f.relativePath()).orElse(null));
                    ps.setObject(9, f.modifiedAt() == null ? null : OffsetDateTime.parse(f.modifiedAt()));
                    ps.setLong(10, scan.id());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "insert into phaze.scan_problem (scan_id, relative_path, message) values (?, ?, ?)")) {
                for (FileProblem p : chunk.problems()) {
                    ps.setLong(1, scan.id());
                    ps.setString(2, p.relativePath());
                    ps.setString(3, p.message());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("storing files of scan " + scan.id() + " failed: " + e.getMessage(), e);
        }
    }

    public List<ScanSummary.Problem> problems(long scanId, int limit) {
        List<ScanSummary.Problem> problems = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "select relative_path, message from phaze.scan_problem where scan_id = ? order by id limit ?")) {
            ps.setLong(1, scanId);
            ps.setInt(2, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    problems.add(new ScanSummary.Problem(rs.getString(1), rs.getString(2)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading problems of scan " + scanId + " failed: " + e.getMessage(), e);
        }
        return problems;
    }

    /** The agent's word is checked, not trusted: a bad row refuses the whole chunk. */
    private static void check(DiscoveredFile f) {
        String p = f.relativePath();
        if (p == null || p.isEmpty() || p.startsWith("/") || p.contains("\0")
                || ("/" + p + "/").contains("/../") || ("/" + p + "/").contains("/./")) {
            throw RequestRefusedException.invalid("discovered path must be relative and inside the root: '" + p + "'");
        }
        if (f.sha256() == null || !SHA256.matcher(f.sha256()).matches()) {
            throw RequestRefusedException.invalid("sha256 of '" + p + "' must be 64 lower-case hex digits");
        }
        if (f.sizeBytes() < 0) {
            throw RequestRefusedException.invalid("size of '" + p + "' cannot be negative");
        }
        boolean knownKind = java.util.Arrays.stream(FileKind.values()).anyMatch(k -> k.wireName().equals(f.kind()));
        if (!knownKind) {
            throw RequestRefusedException.invalid("kind of '" + p + "' must be audio, video or companion");
        }
    }
}
