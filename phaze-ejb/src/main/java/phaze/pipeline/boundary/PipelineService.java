package phaze.pipeline.boundary;

import jakarta.interceptor.Interceptors;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import phaze.agent.boundary.AgentService;
import phaze.pipeline.control.Stage;
import phaze.pipeline.control.StageNames;
import phaze.platform.RequestRefusedException;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Triggers per-file stages and tells where every stage stands. A trigger enqueues every eligible file
 * in one INSERT … SELECT … ON CONFLICT DO NOTHING, so triggering twice never doubles the backlog.
 */
@Stateless
public class PipelineService {
    private static final Logger LOG = Logger.getLogger(PipelineService.class.getName());

    /** Media files, i.e. what per-file stages work on (companions travel with them). */
    static final String MEDIA = "f.kind in ('audio', 'video')";

    private static final String ENQUEUE = """
            insert into phaze.work_item (work_key, stage, agent_id, file_id, priority)
            select ? || ':' || f.id, ?, f.agent_id, f.id, coalesce(c.priority, 50)
            from phaze.audio_file f left join phaze.stage_control c on c.stage = ?
            where""" + " " + MEDIA + """
              and f.agent_id = any (?)
              and not exists (select 1 from phaze.stage_result r where r.file_id = f.id and r.stage = ?)
            on conflict (work_key) do nothing""";

    @Resource(lookup = "java:jboss/datasources/PhazeDS")
    DataSource dataSource;
    @EJB
    StatsSnapshot snapshot;

    @EJB
    AgentService agents;
    @EJB
    StageControlService control;

    public record Triggered(String stage, int enqueued) {
    }

    /** Why a stage cannot be triggered now, or empty when it can (the console greys its button out). */
    public java.util.Optional<String> triggerBlocker(String stageName) {
        try {
            Stage stage = StageNames.known(stageName);
            checkTriggerable(stage);
            requireUpstreamReady();
            reachableAgents(stage);
            return java.util.Optional.empty();
        } catch (RequestRefusedException e) {
            return java.util.Optional.of(e.getMessage());
        }
    }

    @Interceptors(RecountAfterChange.class)
    public Triggered trigger(String stageName) {
        Stage stage = StageNames.known(stageName);
        checkTriggerable(stage);
        requireUpstreamReady();
        int enqueued = enqueue(stage, reachableAgents(stage));
        LOG.info(() -> "stage triggered stage=" + stage.wireName() + " enqueued=" + enqueued);
        return new Triggered(stage.wireName(), enqueued);
    }

    private int enqueue(Stage stage, List<String> agentIds) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(ENQUEUE)) {
            ps.setString(1, stage.wireName());
            ps.setString(2, stage.wireName());
            ps.setString(3, stage.wireName());
            ps.setArray(4, c.createArrayOf("varchar", agentIds.toArray()));
            ps.setString(5, stage.wireName());
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("queueing " + stage.wireName() + " failed: " + e.getMessage(), e);
        }
    }

    /** Failed files of a stage go back to the queue: their result is cleared and their item re-queued. */
    @Interceptors(RecountAfterChange.class)
    public Triggered retryFailed(String stageName) {
        Stage stage = StageNames.controllable(stageName);
        int requeued = update("""
                update phaze.work_item w set state = 'queued', lease_owner = null, lease_expires_at = null,
                    last_error = null, updated_at = now()
                where w.stage = ? and w.state = 'failed'""", stage);
        update("delete from phaze.stage_result where stage = ? and status = 'failed'", stage);
        LOG.info(() -> "stage retry stage=" + stage.wireName() + " requeued=" + requeued);
        return new Triggered(stage.wireName(), requeued);
    }

    /**
     * Re-creates work that should exist from what the database says: every stage that has ever been
     * triggered gets its eligible files queued again (the same idempotent insert, so the backlog can
     * never double), and leases that ran out are put back in the queue.
     */
    @Interceptors(RecountAfterChange.class)
    public Triggered recover() {
        int total = update("""
                update phaze.work_item set state = 'queued', lease_owner = null, lease_expires_at = null, updated_at = now()
                where state = 'leased' and lease_expires_at < now()""", null);
        List<String> reachable = agents.reachableIds();
        for (Stage stage : Stage.values()) {
            if (stage.controllable() && everTriggered(stage)) {
                total += enqueue(stage, reachable);
            }
        }
        int recovered = total;
        LOG.info(() -> "pipeline recover requeued=" + recovered);
        return new Triggered("all", recovered);
    }

    /** An operator takes a file out of a stage, with the reason; un-skipping puts it back to not started. */
    @Interceptors(RecountAfterChange.class)
    public void skip(long fileId, String stageName, String reason) {
        Stage stage = StageNames.controllable(stageName);
        requireFile(fileId);
        if (reason == null || reason.isBlank()) {
            throw RequestRefusedException.invalid("skipping needs a reason");
        }
        updateFile("delete from phaze.work_item where stage = ? and file_id = ? and state = 'queued'", stage, fileId);
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("""
                insert into phaze.stage_result (file_id, stage, status, message) values (?, ?, 'skipped', ?)
                on conflict (file_id, stage) do update set status = 'skipped', message = excluded.message, updated_at = now()""")) {
            ps.setLong(1, fileId);
            ps.setString(2, stage.wireName());
            ps.setString(3, reason.strip());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("skipping file " + fileId + " failed: " + e.getMessage(), e);
        }
    }

    @Interceptors(RecountAfterChange.class)
    public void unskip(long fileId, String stageName) {
        Stage stage = StageNames.controllable(stageName);
        requireFile(fileId);
        updateFile("delete from phaze.stage_result where stage = ? and file_id = ? and status = 'skipped'", stage, fileId);
        updateFile("delete from phaze.work_item where stage = ? and file_id = ? and state in ('done', 'failed')", stage, fileId);
    }

    /** One failed file of a stage goes back to the queue. */
    @Interceptors(RecountAfterChange.class)
    public void retry(long fileId, String stageName) {
        Stage stage = StageNames.controllable(stageName);
        requireFile(fileId);
        int cleared = updateFile("delete from phaze.stage_result where stage = ? and file_id = ? and status = 'failed'", stage, fileId);
        if (cleared == 0) {
            throw RequestRefusedException.conflict("file " + fileId + " has not failed " + stage.wireName());
        }
        updateFile("""
                update phaze.work_item set state = 'queued', lease_owner = null, lease_expires_at = null, last_error = null,
                    updated_at = now() where stage = ? and file_id = ? and state = 'failed'""", stage, fileId);
    }

    private void requireFile(long fileId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("select 1 from phaze.audio_file where id = ?")) {
            ps.setLong(1, fileId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw RequestRefusedException.notFound("no file " + fileId);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private boolean everTriggered(Stage stage) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "select exists (select 1 from phaze.work_item where stage = ?) or exists (select 1 from phaze.stage_result where stage = ?)")) {
            ps.setString(1, stage.wireName());
            ps.setString(2, stage.wireName());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Per stage counts; see {@link #countedStats()}. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Map<String, StageStats> stats() {
        return countedStats().stats();
    }

    /**
     * Per stage counts, all SQL over the rows, with when they were counted. Counting a million files
     * takes longer than a request may, so a count is reused while it is still a fair answer (exact while
     * the database committed nothing, else a few seconds old and after every operator change:
     * {@link StatsSnapshot}) and made again in the background ({@link #recountIfWatched()}). No
     * transaction: each count is its own statement, and an unreadable WAL position (a standby) must not
     * abort the ones after it.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public StatsSnapshot.Counted countedStats() {
        try (Connection c = dataSource.getConnection()) {
            String walPosition = walPosition(c);
            Optional<StatsSnapshot.Counted> fair = snapshot.serve(walPosition);
            return fair.isPresent() ? fair.get() : recount(c, walPosition);
        } catch (SQLException e) {
            throw new IllegalStateException("reading pipeline counts failed: " + e.getMessage(), e);
        }
    }

    /** Counts again when somebody watches and the database moved ({@link StatsSnapshot#wantsRecount}). */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void recountIfWatched() {
        if (!snapshot.mayRecount()) {
            return; // checked before taking a connection: the timer ticks every second, watched or not
        }
        try (Connection c = dataSource.getConnection()) {
            String walPosition = walPosition(c);
            if (snapshot.wantsRecount(walPosition)) {
                snapshot.countingInBackground(() -> recount(c, walPosition));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading pipeline counts failed: " + e.getMessage(), e);
        }
    }

    private StatsSnapshot.Counted recount(Connection c, String walPosition) {
        StatsSnapshot.Ticket ticket = snapshot.ticket(walPosition);
        return snapshot.keep(ticket, count(c));
    }

    /**
     * Where the database's write-ahead log is now: the insert position, which moves the moment any
     * change is logged (the write position lags it when commits are asynchronous). Null where it cannot
     * be read (then nothing is reused).
     */
    private static String walPosition(Connection c) {
        try (ResultSet rs = c.createStatement().executeQuery("select pg_current_wal_insert_lsn()::text")) {
            return rs.next() ? rs.getString(1) : null;
        } catch (SQLException e) {
            LOG.fine(() -> "WAL position unreadable, counting every time: " + e.getMessage());
            return null;
        }
    }

    private Map<String, StageStats> count(Connection c) {
        Map<String, StageState> controls = control.all();
        Map<String, long[]> results = new HashMap<>();
        Map<String, Long> inFlight = new HashMap<>();
        long media;
        long discovered;
        long scanProblems;
        long[] proposals;
        try {
            try (ResultSet rs = c.createStatement().executeQuery("select count(*) filter (where " + MEDIA + "), count(*)"
                    + " from phaze.audio_file f")) {
                rs.next();
                media = rs.getLong(1);
                discovered = rs.getLong(2);
            }
            try (ResultSet rs = c.createStatement().executeQuery("select stage, count(*) filter (where status = 'done'),"
                    + " count(*) filter (where status = 'failed'), count(*) filter (where status = 'skipped')"
                    + " from phaze.stage_result group by stage")) {
                while (rs.next()) {
                    results.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4)});
                }
            }
            try (ResultSet rs = c.createStatement().executeQuery("select stage, count(*) from phaze.work_item"
                    + " where state in ('queued', 'leased') group by stage")) {
                while (rs.next()) {
                    inFlight.put(rs.getString(1), rs.getLong(2));
                }
            }
            try (ResultSet rs = c.createStatement().executeQuery("select count(distinct (scan_id, relative_path)) from phaze.scan_problem")) {
                rs.next();
                scanProblems = rs.getLong(1);
            }
            proposals = proposalCounts(c);
        } catch (SQLException e) {
            throw new IllegalStateException("reading pipeline counts failed: " + e.getMessage(), e);
        }
        Map<String, StageStats> stats = new LinkedHashMap<>();
        for (Stage stage : Stage.values()) {
            String name = stage.wireName();
            StageState state = controls.getOrDefault(name, StageState.defaults(name));
            long flying = inFlight.getOrDefault(name, 0L);
            if (stage == Stage.DISCOVER) {
                stats.put(name, new StageStats(0, flying, discovered, scanProblems, 0, false, state.priority()));
                continue;
            }
            if (stage == Stage.PROPOSE || stage == Stage.REVIEW || stage == Stage.EXECUTE) {
                stats.put(name, proposalStageStats(stage, proposals, media, state));
                continue;
            }
            long[] r = results.getOrDefault(name, new long[3]);
            long notStarted = Math.max(0, media - r[0] - r[1] - r[2] - flying);
            stats.put(name, new StageStats(notStarted, flying, r[0], r[1], r[2], state.paused(), state.priority()));
        }
        return stats;
    }

    /**
     * Proposal-side counts, from the proposal rows: [files with a live proposal, files whose proposal
     * failed, pending, decided, approved, executing, executed, approved after a failed execution,
     * propose running (0/1)].
     */
    private static long[] proposalCounts(Connection c) throws SQLException {
        try (ResultSet rs = c.createStatement().executeQuery("""
                select count(distinct file_id) filter (where status not in ('failed', 'superseded')),
                       count(distinct file_id) filter (where status = 'failed'),
                       count(*) filter (where status = 'pending'),
                       count(*) filter (where status in ('approved', 'rejected', 'executing', 'executed', 'reverted')),
                       count(*) filter (where status = 'approved'),
                       count(*) filter (where status = 'executing'),
                       count(*) filter (where status = 'executed'),
                       count(*) filter (where status = 'approved' and exists (select 1 from phaze.execution_item e
                           where e.proposal_id = p.id and e.status = 'failed')),
                       (select count(*) from phaze.proposal_run where status = 'running')
                from phaze.proposal p""")) {
            rs.next();
            long[] counts = new long[9];
            for (int i = 0; i < counts.length; i++) {
                counts[i] = rs.getLong(i + 1);
            }
            return counts;
        }
    }

    /**
     * PROPOSE counts media files (done: a live proposal; failed: the engine could not); REVIEW counts
     * proposals (not started = waiting for a person); EXECUTE counts approved proposals (not started =
     * ready to run; failed = back to approved after a failed move).
     */
    private static StageStats proposalStageStats(Stage stage, long[] p, long media, StageState state) {
        return switch (stage) {
            case PROPOSE -> new StageStats(Math.max(0, media - p[0] - p[1]), p[8], p[0], p[1], 0, false, state.priority());
            case REVIEW -> new StageStats(p[2], 0, p[3], 0, 0, false, state.priority());
            default -> new StageStats(p[4] - p[7], p[5], p[6], p[7], 0, false, state.priority());
        };
    }

    private static void checkTriggerable(Stage stage) {
        if (stage == Stage.DISCOVER) {
            throw RequestRefusedException.invalid("discovery is started per library root: POST /api/v1/scans");
        }
        if (!stage.controllable()) {
            throw RequestRefusedException.conflict("stage " + stage.wireName() + " cannot be triggered yet in this version");
        }
    }

    private List<String> reachableAgents(Stage stage) {
        List<String> reachable = agents.reachableIds();
        if (reachable.isEmpty()) {
            throw RequestRefusedException.conflict("no agent is alive to run " + stage.wireName());
        }
        return reachable;
    }

    /** For monitoring: per stage, items queued, leased, and results written in the last minute. */
    public Map<String, long[]> activity() {
        Map<String, long[]> activity = new HashMap<>();
        for (Stage s : Stage.values()) {
            activity.put(s.wireName(), new long[3]);
        }
        try (Connection c = dataSource.getConnection()) {
            try (ResultSet rs = c.createStatement().executeQuery("select stage, count(*) filter (where state = 'queued'),"
                    + " count(*) filter (where state = 'leased') from phaze.work_item where state in ('queued', 'leased')"
                    + " group by stage")) {
                while (rs.next()) {
                    long[] a = activity.computeIfAbsent(rs.getString(1), k -> new long[3]);
                    a[0] = rs.getLong(2);
                    a[1] = rs.getLong(3);
                }
            }
            try (ResultSet rs = c.createStatement().executeQuery("select stage, count(*) from phaze.stage_result"
                    + " where updated_at > now() - interval '1 minute' group by stage")) {
                while (rs.next()) {
                    activity.computeIfAbsent(rs.getString(1), k -> new long[3])[2] = rs.getLong(2);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading pipeline activity failed: " + e.getMessage(), e);
        }
        return activity;
    }

    private void requireUpstreamReady() {
        try (Connection c = dataSource.getConnection(); ResultSet rs = c.createStatement().executeQuery(
                "select (select count(*) from phaze.audio_file f where " + MEDIA + "),"
                        + " (select min(id) from phaze.scan_batch where status = 'running')")) {
            rs.next();
            if (rs.getLong(1) == 0) {
                throw RequestRefusedException.conflict("nothing discovered yet: scan a library root first");
            }
            long running = rs.getLong(2);
            if (!rs.wasNull()) {
                throw RequestRefusedException.conflict("scan " + running + " is still running: trigger when discovery is done");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("checking upstream stages failed: " + e.getMessage(), e);
        }
    }

    /** {@code sql} binds the stage first, the file second. */
    private int updateFile(String sql, Stage stage, long fileId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, stage.wireName());
            ps.setLong(2, fileId);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " failed: " + e.getMessage(), e);
        }
    }

    private int update(String sql, Stage stage) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            if (stage != null) {
                ps.setString(1, stage.wireName());
            }
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " failed: " + e.getMessage(), e);
        }
    }
}
