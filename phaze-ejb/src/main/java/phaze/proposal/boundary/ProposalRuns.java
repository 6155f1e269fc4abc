package phaze.proposal.boundary;

import jakarta.interceptor.Interceptors;
import phaze.pipeline.boundary.RecountAfterChange;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import phaze.audit.boundary.AuditTrail;
import phaze.path.PathLegalizer;
import phaze.path.VolumeCase;
import phaze.platform.RequestRefusedException;
import phaze.proposal.control.AudioAnalysis;
import phaze.proposal.control.CompanionText;
import phaze.proposal.control.DateConventionLearner;
import phaze.proposal.control.DateConventions;
import phaze.proposal.control.DistinctDestinations;
import phaze.proposal.control.ProposalEvidence;
import phaze.proposal.control.TagSet;

import javax.sql.DataSource;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The PROPOSE stage's data side: opens a run, hands out the next files with their evidence, stores
 * what an engine made of them, closes the run. Each call is its own short transaction, so the engine
 * (an LLM above all) runs between transactions and never holds one open.
 */
@Stateless
public class ProposalRuns {

    /** Files a run reads per step; the engines see them in this order. */
    public static final int STEP = 200;

    private static final String ELIGIBLE = """
            select f.id, f.agent_id, f.root, f.relative_path, f.sha256,
                   t.artist, t.title, t.album, t.album_artist, t.year, t.genre, t.track_number, t.disc_number,
                   coalesce(a.duration_seconds, t.duration_seconds), t.raw::text, a.bpm, a.musical_key
            from phaze.audio_file f
            join phaze.agent g on g.id = f.agent_id and g.revoked_at is null
            join phaze.stage_result r on r.file_id = f.id and r.stage = 'tags'
            left join phaze.file_tags t on t.file_id = f.id
            left join phaze.file_analysis a on a.file_id = f.id
            where f.kind in ('audio', 'video') and f.id > ?
              and not exists (select 1 from phaze.proposal p
                              where p.file_id = f.id
                                and p.status in ('pending', 'approved', 'rejected', 'executing', 'executed', 'reverted'))
            order by f.id
            limit ?""";

    @Resource(lookup = "java:jboss/datasources/PhazeDS")
    DataSource dataSource;
    @EJB
    AuditTrail audit;

    private final DistinctDestinations destinations =
            new DistinctDestinations(VolumeCase.INSENSITIVE, new PathLegalizer());

    /** Opens a run; refused while another one is running (the database allows one at a time). */
    @Interceptors(RecountAfterChange.class)
    public ProposalRunView open(String engine, String actor, String model) {
        if (!"rules".equals(engine) && !"llm".equals(engine)) {
            throw RequestRefusedException.invalid("engine must be \"rules\" or \"llm\", not '" + engine + "'");
        }
        try (Connection c = dataSource.getConnection()) {
            failInterrupted(c);
            Long running = single(c, "select id from phaze.proposal_run where status = 'running'", List.of());
            if (running != null) {
                throw RequestRefusedException.conflict("propose run " + running + " is still running; wait for it"
                        + " or look at it under /api/v1/proposals/runs/" + running);
            }
            long id;
            try (PreparedStatement ps = c.prepareStatement("""
                    insert into phaze.proposal_run (engine, requested_by, model) values (?, ?, ?) returning id""")) {
                ps.setString(1, engine);
                ps.setString(2, actor);
                ps.setString(3, model);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    id = rs.getLong(1);
                }
            }
            audit.append(actor, "propose.started", "proposal_run", id, null,
                    "Propose run " + id + " started with the " + engine + " engine", model == null ? Map.of()
                            : Map.of("model", model));
            return run(c, id);
        } catch (SQLException e) {
            if ("23505".equals(e.getSQLState())) {
                throw RequestRefusedException.conflict("another propose run started at the same moment");
            }
            throw new IllegalStateException("opening a propose run failed: " + e.getMessage(), e);
        }
    }

    /** The next media files (by id) that have tags and no open or rejected proposal. */
    public List<FileEvidence> nextFiles(long afterFileId, int limit) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(ELIGIBLE)) {
            ps.setLong(1, afterFileId);
            ps.setInt(2, limit);
            List<FileEvidence> files = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    files.add(evidence(rs));
                }
            }
            return withCompanions(c, files);
        } catch (SQLException e) {
            throw new IllegalStateException("reading files to propose for failed: " + e.getMessage(), e);
        }
    }

    /**
     * What the library's own names teach about ambiguous NN-NN-YYYY dates: every media file name is
     * fed to the learner, which keeps a release group's convention only with strong support.
     */
    public DateConventions learnDateConventions() {
        DateConventionLearner learner = new DateConventionLearner();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("""
                select relative_path from phaze.audio_file where kind in ('audio', 'video')""")) {
            ps.setFetchSize(5000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String path = rs.getString(1);
                    learner.observe(path.substring(path.lastIndexOf('/') + 1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("learning date conventions failed: " + e.getMessage(), e);
        }
        return learner.conventions();
    }

    /** One media file's evidence, whatever its proposals say (for regenerating one). */
    public FileEvidence evidenceOf(long fileId) {
        String sql = ELIGIBLE.replace("""
              and not exists (select 1 from phaze.proposal p
                              where p.file_id = f.id
                                and p.status in ('pending', 'approved', 'rejected', 'executing', 'executed', 'reverted'))""", "")
                .replace("f.id > ?", "f.id = ?");
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, fileId);
            ps.setInt(2, 1);
            FileEvidence file;
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw RequestRefusedException.conflict("file " + fileId + " has no tags yet (or is gone); run the"
                            + " tags stage first");
                }
                file = evidence(rs);
            }
            return withCompanions(c, List.of(file)).get(0);
        } catch (SQLException e) {
            throw new IllegalStateException("reading the evidence of file " + fileId + " failed: " + e.getMessage(), e);
        }
    }

    /** The cue sheets, notes and playlists the agent read beside each file, added to its evidence. */
    private static List<FileEvidence> withCompanions(Connection c, List<FileEvidence> files) throws SQLException {
        if (files.isEmpty()) {
            return files;
        }
        Map<Long, List<CompanionText>> texts = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("""
                select file_id, file_name, text from phaze.file_companion_text where file_id = any (?)
                order by file_id, file_name""")) {
            ps.setArray(1, c.createArrayOf("bigint", files.stream().map(FileEvidence::fileId).toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    texts.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new CompanionText(rs.getString(2), rs.getString(3)));
                }
            }
        }
        return files.stream().map(f -> texts.containsKey(f.fileId())
                ? new FileEvidence(f.fileId(), f.agentId(), f.root(), f.sha256(),
                        f.evidence().withCompanions(sameStemFirst(f.evidence().stem(), texts.get(f.fileId()))))
                : f).toList();
    }

    private static List<CompanionText> sameStemFirst(String stem, List<CompanionText> texts) {
        List<CompanionText> ordered = new ArrayList<>(texts);
        ordered.sort(java.util.Comparator.comparing((CompanionText t) -> !t.fileName().startsWith(stem + ".")));
        return ordered;
    }

    private static FileEvidence evidence(ResultSet rs) throws SQLException {
        Map<String, String> tags = new HashMap<>(raw(rs.getString(15)));
        String[] names = {"artist", "title", "album", "albumartist", "year", "genre", "tracknumber", "discnumber"};
        for (int i = 0; i < names.length; i++) {
            String value = rs.getString(6 + i);
            if (value != null) {
                tags.put(names[i], value);
            }
        }
        double duration = rs.getObject(14) == null ? 0 : rs.getDouble(14);
        AudioAnalysis analysis = rs.getObject(16) == null && rs.getString(17) == null ? null
                : new AudioAnalysis(rs.getObject(16) == null ? 0 : rs.getDouble(16), rs.getString(17));
        ProposalEvidence evidence = ProposalEvidence.of(rs.getString(4)).withTags(tags).withDuration(duration)
                .withAnalysis(analysis);
        return new FileEvidence(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(5).strip(), evidence);
    }

    private static Map<String, String> raw(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            JsonObject object = reader.readObject();
            Map<String, String> values = new HashMap<>();
            object.forEach((k, v) -> {
                if (v instanceof JsonString s) {
                    values.put(k, s.getString());
                }
            });
            return values;
        }
    }

    /**
     * Stores a step's outcomes: drafts are kept apart from each other and from existing files and open
     * proposals in the same root (a later claimant is numbered and sent to a person), failures are kept
     * as failed proposals with their reason. Returns how many proposals were stored as pending.
     */
    public int store(Long runId, String engine, List<FileEvidence> files, List<ProposalOutcome> outcomes, RunCost cost) {
        Map<Long, FileEvidence> byId = files.stream().collect(Collectors.toMap(FileEvidence::fileId, Function.identity()));
        Map<String, List<ProposalOutcome>> byRoot = new LinkedHashMap<>();
        for (ProposalOutcome outcome : outcomes) {
            FileEvidence file = Objects.requireNonNull(byId.get(outcome.fileId()), "outcome for an unknown file");
            byRoot.computeIfAbsent(file.agentId() + "\u0000" + file.root(), k -> new ArrayList<>()).add(outcome);
        }
        int proposed = 0;
        int failed = 0;
        try (Connection c = dataSource.getConnection()) {
            for (List<ProposalOutcome> group : byRoot.values()) {
                FileEvidence first = byId.get(group.get(0).fileId());
                List<DistinctDestinations.Claim> claims = new ArrayList<>();
                for (ProposalOutcome outcome : group) {
                    if (outcome.draft() != null) {
                        FileEvidence file = byId.get(outcome.fileId());
                        claims.add(new DistinctDestinations.Claim(String.valueOf(file.fileId()),
                                file.evidence().currentPath(), outcome.draft()));
                    }
                }
                List<String> taken = taken(c, first.agentId(), first.root(), claims);
                for (DistinctDestinations.Claim claim : destinations.resolve(claims, taken)) {
                    FileEvidence file = byId.get(Long.parseLong(claim.id()));
                    if (insertPending(c, runId, engine, file, claim)) {
                        proposed++;
                    } else {
                        insertFailed(c, runId, engine, file, "another proposal claimed this file or its destination"
                                + " while the run was storing it; propose again");
                        failed++;
                    }
                }
                for (ProposalOutcome outcome : group) {
                    if (outcome.draft() == null) {
                        insertFailed(c, runId, engine, byId.get(outcome.fileId()), outcome.error());
                        failed++;
                    }
                }
            }
            if (runId == null) {
                return proposed;
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    update phaze.proposal_run set files = files + ?, proposed = proposed + ?, failed = failed + ?,
                        requests = requests + ?, input_tokens = input_tokens + ?, output_tokens = output_tokens + ?
                    where id = ?""")) {
                ps.setInt(1, outcomes.size());
                ps.setInt(2, proposed);
                ps.setInt(3, failed);
                ps.setInt(4, cost.requests());
                ps.setLong(5, cost.inputTokens());
                ps.setLong(6, cost.outputTokens());
                ps.setLong(7, runId);
                ps.executeUpdate();
            }
            return proposed;
        } catch (SQLException e) {
            throw new IllegalStateException("storing proposals of run " + runId + " failed: " + e.getMessage(), e);
        }
    }

    /** Paths in this root the drafts could collide with: existing files and open proposals sharing a stem. */
    private static List<String> taken(Connection c, String agentId, String root, List<DistinctDestinations.Claim> claims)
            throws SQLException {
        if (claims.isEmpty()) {
            return List.of();
        }
        String[] patterns = claims.stream().map(claim -> {
            String path = claim.draft().relativePath();
            int dot = path.lastIndexOf('.');
            String stem = dot > path.lastIndexOf('/') ? path.substring(0, dot) : path;
            return likeEscape(stem.toLowerCase(Locale.ROOT)) + "%";
        }).distinct().toArray(String[]::new);
        List<String> taken = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                select relative_path from phaze.audio_file
                where agent_id = ? and root = ? and lower(relative_path) like any (?)
                union all
                select proposed_path from phaze.proposal
                where agent_id = ? and root = ? and status in ('pending', 'approved') and lower(proposed_path) like any (?)""")) {
            ps.setString(1, agentId);
            ps.setString(2, root);
            ps.setArray(3, c.createArrayOf("text", patterns));
            ps.setString(4, agentId);
            ps.setString(5, root);
            ps.setArray(6, c.createArrayOf("text", patterns));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    taken.add(rs.getString(1));
                }
            }
        }
        return taken;
    }

    static String likeEscape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static boolean insertPending(Connection c, Long runId, String engine, FileEvidence file,
                                         DistinctDestinations.Claim claim) throws SQLException {
        supersedeFailed(c, file.fileId());
        var draft = claim.draft();
        try (PreparedStatement ps = c.prepareStatement("""
                insert into phaze.proposal (file_id, agent_id, root, current_path, file_sha256, proposed_folder,
                    proposed_name, proposed_path, confidence, reasoning, kind, provenance, engine, run_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?)
                on conflict do nothing""")) {
            ps.setLong(1, file.fileId());
            ps.setString(2, file.agentId());
            ps.setString(3, file.root());
            ps.setString(4, file.evidence().currentPath());
            ps.setString(5, file.sha256());
            ps.setString(6, draft.folder());
            ps.setString(7, draft.fileName());
            ps.setString(8, draft.relativePath());
            ps.setDouble(9, draft.confidence());
            ps.setString(10, draft.reasoning());
            ps.setString(11, draft.kind() == null ? null : draft.kind().name().toLowerCase(Locale.ROOT));
            ps.setString(12, provenance(draft.provenance()));
            ps.setString(13, engine);
            ps.setObject(14, runId);
            return ps.executeUpdate() == 1;
        }
    }

    private static void insertFailed(Connection c, Long runId, String engine, FileEvidence file, String error)
            throws SQLException {
        supersedeFailed(c, file.fileId());
        String path = file.evidence().currentPath();
        try (PreparedStatement ps = c.prepareStatement("""
                insert into phaze.proposal (file_id, agent_id, root, current_path, file_sha256, proposed_folder,
                    proposed_name, proposed_path, confidence, reasoning, engine, status, error, run_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, 0, '', ?, 'failed', ?, ?)""")) {
            ps.setLong(1, file.fileId());
            ps.setString(2, file.agentId());
            ps.setString(3, file.root());
            ps.setString(4, path);
            ps.setString(5, file.sha256());
            ps.setString(6, file.evidence().folder());
            ps.setString(7, file.evidence().fileName());
            ps.setString(8, path);
            ps.setString(9, engine);
            ps.setString(10, error == null || error.isBlank() ? "the engine gave no reason" : error);
            ps.setObject(11, runId);
            ps.executeUpdate();
        }
    }

    private static void supersedeFailed(Connection c, long fileId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                update phaze.proposal set status = 'superseded', updated_at = now()
                where file_id = ? and status = 'failed'""")) {
            ps.setLong(1, fileId);
            ps.executeUpdate();
        }
    }

    private static String provenance(Map<?, ?> provenance) {
        var object = Json.createObjectBuilder();
        provenance.forEach((field, source) -> object.add(field.toString().toLowerCase(Locale.ROOT),
                source.toString().toLowerCase(Locale.ROOT)));
        return object.build().toString();
    }

    /** Closes a run with its outcome and the audit row saying so. */
    @Interceptors(RecountAfterChange.class)
    public ProposalRunView finish(long runId, boolean completed, String message) {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement("""
                    update phaze.proposal_run set status = ?, message = ?, finished_at = now()
                    where id = ? and status = 'running'""")) {
                ps.setString(1, completed ? "completed" : "failed");
                ps.setString(2, message);
                ps.setLong(3, runId);
                ps.executeUpdate();
            }
            ProposalRunView run = run(c, runId);
            audit.append(run.requestedBy(), completed ? "propose.completed" : "propose.failed", "proposal_run", runId,
                    null, "Propose run " + runId + " (" + run.engine() + "): " + run.proposed() + " proposed, "
                            + run.failed() + " failed of " + run.files() + " files"
                            + (message == null ? "" : "; " + message),
                    Map.of("files", run.files(), "proposed", run.proposed(), "failed", run.failed(),
                            "requests", run.requests(), "inputTokens", run.inputTokens(),
                            "outputTokens", run.outputTokens()));
            return run;
        } catch (SQLException e) {
            throw new IllegalStateException("closing propose run " + runId + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * Runs left 'running' by a server that stopped cannot finish (their job died with it): they started
     * before this JVM did. Failed here, so a new run can start.
     */
    private static void failInterrupted(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                update phaze.proposal_run set status = 'failed', finished_at = now(),
                    message = 'interrupted: the server stopped during the run; propose again to continue'
                where status = 'running' and started_at < ?""")) {
            ps.setTimestamp(1, new java.sql.Timestamp(ManagementFactory.getRuntimeMXBean().getStartTime()));
            ps.executeUpdate();
        }
    }

    public ProposalRunView run(long id) {
        try (Connection c = dataSource.getConnection()) {
            return run(c, id);
        } catch (SQLException e) {
            throw new IllegalStateException("reading propose run " + id + " failed: " + e.getMessage(), e);
        }
    }

    public List<ProposalRunView> recent(int limit) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                RUN_COLUMNS + " order by id desc limit ?")) {
            ps.setInt(1, limit);
            List<ProposalRunView> runs = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    runs.add(runView(rs));
                }
            }
            return runs;
        } catch (SQLException e) {
            throw new IllegalStateException("reading propose runs failed: " + e.getMessage(), e);
        }
    }

    private static final String RUN_COLUMNS = """
            select id, engine, status, requested_by, model, files, proposed, failed, requests, input_tokens,
                   output_tokens, message, to_char(started_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
                   to_char(finished_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
                   extract(epoch from coalesce(finished_at, now()) - started_at)::float8
            from phaze.proposal_run""";

    private static ProposalRunView run(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(RUN_COLUMNS + " where id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw RequestRefusedException.notFound("no propose run " + id);
                }
                return runView(rs);
            }
        }
    }

    private static ProposalRunView runView(ResultSet rs) throws SQLException {
        return new ProposalRunView(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getLong(10), rs.getLong(11),
                rs.getString(12), rs.getString(13), rs.getString(14), rs.getDouble(15));
    }

    private static Long single(Connection c, String sql, List<Object> args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.size(); i++) {
                ps.setObject(i + 1, args.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }
}
