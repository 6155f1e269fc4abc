package phaze.pipeline.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import phaze.library.boundary.ScanService;
import phaze.pipeline.control.Stage;
import phaze.platform.RequestRefusedException;
import phaze.protocol.agent.WorkLease;
import phaze.protocol.agent.WorkResult;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * The durable work queue in PostgreSQL. Leasing takes the agent's oldest, most urgent items
 * with {@code FOR UPDATE SKIP LOCKED}, so concurrent agents never get the same item; an item
 * whose lease ran out is simply leased again, which is how lost work recovers.
 */
@Stateless
public class WorkQueue {
    private static final Logger LOG = Logger.getLogger(WorkQueue.class.getName());
    public static final Duration DEFAULT_LEASE = Duration.ofMinutes(10);

    private static final String LEASE_SQL = """
            with picked as (
                select id from phaze.work_item
                where agent_id = ? and (state = 'queued' or (state = 'leased' and lease_expires_at < now()))
                order by priority, id
                limit ?
                for update skip locked),
            leased as (
                update phaze.work_item w
                set state = 'leased', lease_owner = ?, lease_expires_at = now() + make_interval(secs => ?),
                    attempts = attempts + 1, updated_at = now()
                from picked where w.id = picked.id
                returning w.id, w.work_key, w.stage, w.lease_expires_at, w.scan_id)
            select l.id, l.work_key, l.stage, l.lease_expires_at, l.scan_id, s.root, s.subpath
            from leased l left join phaze.scan_batch s on s.id = l.scan_id
            order by l.id""";

    @Resource(lookup = "java:jboss/datasources/PhazeDS")
    DataSource dataSource;

    @EJB
    ScanService scans;

    /**
     * Queues one unit of work for an agent; an existing item with the same key is left alone,
     * so triggering twice never duplicates. Returns whether a new item was queued.
     */
    public boolean enqueue(Stage stage, String naturalId, String agentId, Long scanId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "insert into phaze.work_item (work_key, stage, agent_id, scan_id) values (?, ?, ?, ?)"
                        + " on conflict (work_key) do nothing")) {
            ps.setString(1, stage.workKey(naturalId));
            ps.setString(2, stage.wireName());
            ps.setString(3, agentId);
            ps.setObject(4, scanId);
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("queueing " + stage.workKey(naturalId) + " failed: " + e.getMessage(), e);
        }
    }

    public List<WorkLease> lease(String agentId, int max) {
        int limit = Math.max(1, Math.min(max, 100));
        List<WorkLease> leases = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(LEASE_SQL)) {
            ps.setString(1, agentId);
            ps.setInt(2, limit);
            ps.setString(3, agentId);
            ps.setLong(4, DEFAULT_LEASE.toSeconds());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long scanId = rs.getLong(5);
                    leases.add(new WorkLease(rs.getLong(1), rs.getString(2), rs.getString(3),
                            rs.getObject(4, java.time.OffsetDateTime.class).toString(),
                            rs.wasNull() ? null : scanId, rs.getString(6), rs.getString(7)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("leasing work for agent " + agentId + " failed: " + e.getMessage(), e);
        }
        leases.forEach(l -> LOG.info(() -> "work leased agent=" + agentId + " item=" + l.id() + " key=" + l.key()));
        return leases;
    }

    /** Records how a leased item ended. Only the agent holding the lease may report it. */
    public void report(String agentId, long itemId, WorkResult result) {
        if (result == null || !(WorkResult.DONE.equals(result.outcome()) || WorkResult.FAILED.equals(result.outcome()))) {
            throw RequestRefusedException.invalid("outcome must be 'done' or 'failed'");
        }
        String stage;
        Long scanId;
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "update phaze.work_item set state = ?, last_error = ?, lease_expires_at = null, updated_at = now()"
                        + " where id = ? and agent_id = ? and state = 'leased' and lease_owner = ?"
                        + " returning stage, scan_id")) {
            ps.setString(1, result.succeeded() ? "done" : "failed");
            ps.setString(2, result.succeeded() ? null : result.message());
            ps.setLong(3, itemId);
            ps.setString(4, agentId);
            ps.setString(5, agentId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw RequestRefusedException.conflict("work item " + itemId + " is not leased by agent " + agentId);
                }
                stage = rs.getString(1);
                long id = rs.getLong(2);
                scanId = rs.wasNull() ? null : id;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("recording the result of work item " + itemId + " failed: " + e.getMessage(), e);
        }
        LOG.info(() -> "work reported agent=" + agentId + " item=" + itemId + " stage=" + stage + " outcome=" + result.outcome());
        if (Stage.DISCOVER.wireName().equals(stage) && scanId != null) {
            scans.finish(scanId, result);
        }
    }
}
