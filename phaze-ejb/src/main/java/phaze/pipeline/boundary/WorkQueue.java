package phaze.pipeline.boundary;

import jakarta.interceptor.Interceptors;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import phaze.library.boundary.ScanService;
import phaze.pipeline.control.Stage;
import phaze.platform.RequestRefusedException;
import phaze.protocol.agent.BatchAnswer;
import phaze.protocol.agent.ItemResult;
import phaze.protocol.agent.LeaseRequest;
import phaze.protocol.agent.ExecutionOrder;
import phaze.protocol.agent.WorkLease;
import phaze.protocol.agent.WorkResult;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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

    /*
     * Oldest, most urgent items first, only this agent's, only of stages that are not paused; an item
     * whose lease expired is leased again. SKIP LOCKED keeps concurrent agents (or threads) apart.
     */
    private static final String LEASE_SQL = """
            with picked as (
                select w.id from phaze.work_item w
                left join phaze.stage_control c on c.stage = w.stage
                where w.agent_id = ? and coalesce(c.paused, false) = false
                  and (cast(? as text) is null or w.stage = cast(? as text))
                  and (w.state = 'queued' or (w.state = 'leased' and w.lease_expires_at < now()))
                order by w.priority, w.id
                limit ?
                for update of w skip locked),
            leased as (
                update phaze.work_item w
                set state = 'leased', lease_owner = ?, lease_expires_at = now() + make_interval(secs => ?),
                    attempts = attempts + 1, updated_at = now()
                from picked where w.id = picked.id
                returning w.id, w.work_key, w.stage, w.lease_expires_at, w.scan_id, w.file_id)
            select l.id, l.work_key, l.stage, l.lease_expires_at, l.scan_id, coalesce(s.root, e.root, f.root), s.subpath,
                   l.file_id, f.relative_path, e.id, e.files::text
            from leased l
            left join phaze.scan_batch s on s.id = l.scan_id
            left join phaze.audio_file f on f.id = l.file_id
            left join phaze.execution_item e on l.stage = 'execute' and l.work_key = 'execute:' || e.id
            order by l.id""";

    /** The most results (or steps) one batch request may carry. */
    public static final int MAX_BATCH = 500;

    @Resource(lookup = "java:jboss/datasources/PhazeDS")
    DataSource dataSource;

    @Resource
    SessionContext context;

    @EJB
    ScanService scans;

    @EJB
    StageResults results;

    @EJB
    phaze.execution.boundary.ExecutionService executions;

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

    public List<WorkLease> lease(String agentId, LeaseRequest request) {
        int max = request == null ? 1 : request.max();
        int leaseSeconds = request == null ? LeaseRequest.DEFAULT_LEASE_SECONDS : request.leaseSecondsOrDefault();
        int limit = Math.max(1, Math.min(max, 100));
        List<WorkLease> leases = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(LEASE_SQL)) {
            String stage = request == null ? null : request.stage();
            ps.setString(1, agentId);
            ps.setString(2, stage);
            ps.setString(3, stage);
            ps.setInt(4, limit);
            ps.setString(5, agentId);
            ps.setLong(6, leaseSeconds);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ExecutionOrder order = rs.getObject(10) == null ? null
                            : phaze.execution.boundary.ExecutionOrders.order(rs.getLong(10), rs.getString(6), rs.getString(11));
                    leases.add(new WorkLease(rs.getLong(1), rs.getString(2), rs.getString(3),
                            rs.getObject(4, java.time.OffsetDateTime.class).toString(),
                            (Long) rs.getObject(5), rs.getString(6), rs.getString(7),
                            (Long) rs.getObject(8), rs.getString(9), order));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("leasing work for agent " + agentId + " failed: " + e.getMessage(), e);
        }
        leases.forEach(l -> LOG.info(() -> "work leased agent=" + agentId + " item=" + l.id() + " key=" + l.key()));
        return leases;
    }

    /** How many items this agent could lease now (its own, not of paused stages, queued or expired). */
    public long leasable(String agentId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("""
                select count(*) from phaze.work_item w left join phaze.stage_control c on c.stage = w.stage
                where w.agent_id = ? and coalesce(c.paused, false) = false
                  and (w.state = 'queued' or (w.state = 'leased' and w.lease_expires_at < now()))""")) {
            ps.setString(1, agentId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("counting work for agent " + agentId + " failed: " + e.getMessage(), e);
        }
    }

    /** The file of an item this agent holds a lease on, for uploads that belong to the item. */
    public long leasedFile(String agentId, long itemId, Stage stage) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "select file_id from phaze.work_item where id = ? and agent_id = ? and lease_owner = ?"
                        + " and state = 'leased' and stage = ?")) {
            ps.setLong(1, itemId);
            ps.setString(2, agentId);
            ps.setString(3, agentId);
            ps.setString(4, stage.wireName());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next() || rs.getObject(1) == null) {
                    throw RequestRefusedException.conflict("agent " + agentId + " holds no lease on " + stage.wireName()
                            + " item " + itemId);
                }
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("checking the lease of item " + itemId + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * Records the results of several leased items, each in its own transaction (through the container,
     * so one refused item rolls back only itself), and says which were refused and why.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public BatchAnswer reportAll(String agentId, List<ItemResult> results) {
        if (results == null || results.size() > MAX_BATCH) {
            throw RequestRefusedException.invalid("a batch holds 1 to " + MAX_BATCH + " results");
        }
        WorkQueue self = context.getBusinessObject(WorkQueue.class);
        int accepted = 0;
        List<BatchAnswer.Refusal> refused = new ArrayList<>();
        for (ItemResult item : results) {
            try {
                if (item == null) {
                    throw RequestRefusedException.invalid("a batch entry needs {\"id\",\"result\"}");
                }
                self.report(agentId, item.id(), item.result());
                accepted++;
            } catch (RequestRefusedException e) {
                refused.add(new BatchAnswer.Refusal(item == null ? 0 : item.id(), e.getMessage()));
            } catch (EJBException e) {
                Throwable cause = e.getCause() == null ? e : e.getCause();
                LOG.warning(() -> "result of item " + item.id() + " from agent " + agentId + " not recorded: " + cause);
                refused.add(new BatchAnswer.Refusal(item.id(), String.valueOf(cause.getMessage())));
            }
        }
        return new BatchAnswer(accepted, refused);
    }

    /**
     * Forgets every result and finished item of a stage whose product was lost (an index in an older
     * format set aside), so that triggering the stage queues every file again. Returns the results removed.
     */
    @Interceptors(RecountAfterChange.class)
    public int forgetResults(Stage stage) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement results = c.prepareStatement("delete from phaze.stage_result where stage = ?");
             PreparedStatement items = c.prepareStatement(
                     "delete from phaze.work_item where stage = ? and state in ('done', 'failed')")) {
            results.setString(1, stage.wireName());
            int removed = results.executeUpdate();
            items.setString(1, stage.wireName());
            items.executeUpdate();
            return removed;
        } catch (SQLException e) {
            throw new IllegalStateException("forgetting the " + stage.wireName() + " results failed: " + e.getMessage(), e);
        }
    }

    /** Records how a leased item ended. Only the agent holding the lease may report it. */
    public void report(String agentId, long itemId, WorkResult result) {
        if (result == null || !result.known()) {
            throw RequestRefusedException.invalid("outcome must be 'done', 'failed' or 'skipped'");
        }
        String stage;
        Long scanId;
        Long fileId;
        String workKey;
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "update phaze.work_item set state = ?, last_error = ?, lease_expires_at = null, updated_at = now()"
                        + " where id = ? and agent_id = ? and state = 'leased' and lease_owner = ?"
                        + " returning stage, scan_id, file_id, work_key")) {
            boolean failed = WorkResult.FAILED.equals(result.outcome());
            ps.setString(1, failed ? "failed" : "done");
            ps.setString(2, failed ? result.message() : null);
            ps.setLong(3, itemId);
            ps.setString(4, agentId);
            ps.setString(5, agentId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw RequestRefusedException.conflict("work item " + itemId + " is not leased by agent " + agentId);
                }
                stage = rs.getString(1);
                scanId = (Long) rs.getObject(2);
                fileId = (Long) rs.getObject(3);
                workKey = rs.getString(4);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("recording the result of work item " + itemId + " failed: " + e.getMessage(), e);
        }
        LOG.info(() -> "work reported agent=" + agentId + " item=" + itemId + " stage=" + stage + " outcome=" + result.outcome());
        if (Stage.DISCOVER.wireName().equals(stage) && scanId != null) {
            scans.finish(scanId, result);
        } else if (Stage.EXECUTE.wireName().equals(stage)) {
            executions.finish(Long.parseLong(workKey.substring(workKey.indexOf(':') + 1)), result);
        } else if (fileId != null) {
            results.record(fileId, Stage.byWireName(stage).orElseThrow(), result);
        }
    }
}
