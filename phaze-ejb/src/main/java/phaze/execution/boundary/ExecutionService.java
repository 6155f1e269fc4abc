package phaze.execution.boundary;

import jakarta.interceptor.Interceptors;
import phaze.pipeline.boundary.RecountAfterChange;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import phaze.agent.boundary.AgentService;
import phaze.agent.boundary.AgentSummary;
import phaze.audit.boundary.AuditTrail;
import phaze.execution.control.ApprovedMove;
import phaze.execution.control.ExecutionPlan;
import phaze.execution.control.ExecutionPlanner;
import phaze.execution.control.NearbyFile;
import phaze.execution.control.PlanItem;
import phaze.execution.control.PlannedFile;
import phaze.platform.RequestRefusedException;
import phaze.protocol.agent.BatchAnswer;
import phaze.protocol.agent.ExecutionStep;
import phaze.protocol.agent.ItemStep;
import phaze.protocol.agent.WorkResult;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Runs reviewed plans. The plan is computed from approved proposals and named by its hash; only the
 * plan the operator saw runs. Each item becomes an {@code execute:<item>} work item for the owning agent,
 * which moves the files with its journaled protocol and reports every step; each report updates the
 * item and its proposal and appends an audit row in one transaction.
 */
@Stateless
public class ExecutionService {
    private static final Logger LOG = Logger.getLogger(ExecutionService.class.getName());
    /** Execute items run before other work of the same agent. */
    private static final int PRIORITY = 10;

    @Resource(lookup = "java:jboss/datasources/PhazeDS")
    DataSource dataSource;
    @EJB
    AgentService agents;
    @EJB
    AuditTrail audit;

    private final ExecutionPlanner planner = new ExecutionPlanner();

    public ExecutionPlan plan() {
        try (Connection c = dataSource.getConnection()) {
            List<ApprovedMove> approved = approved(c);
            return planner.plan(approved, nearby(c, approved), unusable(approved));
        } catch (SQLException e) {
            throw new IllegalStateException("computing the execution plan failed: " + e.getMessage(), e);
        }
    }

    private static List<ApprovedMove> approved(Connection c) throws SQLException {
        List<ApprovedMove> moves = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                select p.id, p.version, p.file_id, p.agent_id, p.root, p.current_path, p.proposed_path, f.sha256,
                       f.size_bytes, (f.relative_path is distinct from p.current_path or f.sha256 <> p.file_sha256)
                from phaze.proposal p join phaze.audio_file f on f.id = p.file_id
                where p.status = 'approved' order by p.id""");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                moves.add(new ApprovedMove(rs.getLong(1), rs.getInt(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getString(8).strip(), rs.getLong(9), rs.getBoolean(10)));
            }
        }
        return moves;
    }

    /** Every file in the folders the approved files leave and enter (companions and obstacles). */
    private static List<NearbyFile> nearby(Connection c, List<ApprovedMove> approved) throws SQLException {
        Set<List<String>> folders = new LinkedHashSet<>();
        for (ApprovedMove m : approved) {
            folders.add(List.of(m.agentId(), m.root(), folderOf(m.currentPath())));
            folders.add(List.of(m.agentId(), m.root(), folderOf(m.proposedPath()).toLowerCase(java.util.Locale.ROOT)));
        }
        if (folders.isEmpty()) {
            return List.of();
        }
        List<NearbyFile> files = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                with wanted (agent_id, root, folder) as (select * from unnest(?::text[], ?::text[], ?::text[]))
                select f.id, f.agent_id, f.root, f.relative_path, f.sha256, f.size_bytes, f.kind in ('audio', 'video')
                from phaze.audio_file f join wanted w on w.agent_id = f.agent_id and w.root = f.root
                 and lower(case when position('/' in f.relative_path) > 0
                           then regexp_replace(f.relative_path, '/[^/]*$', '') else '' end) = lower(w.folder)""")) {
            ps.setArray(1, c.createArrayOf("text", folders.stream().map(f -> f.get(0)).toArray()));
            ps.setArray(2, c.createArrayOf("text", folders.stream().map(f -> f.get(1)).toArray()));
            ps.setArray(3, c.createArrayOf("text", folders.stream().map(f -> f.get(2)).toArray()));
            Set<Long> seen = new HashSet<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (seen.add(rs.getLong(1))) {
                        files.add(new NearbyFile(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getString(5).strip(), rs.getLong(6), rs.getBoolean(7)));
                    }
                }
            }
        }
        return files;
    }

    private Map<String, String> unusable(List<ApprovedMove> approved) {
        Map<String, String> unusable = new HashMap<>();
        Set<String> reachable = new HashSet<>(agents.reachableIds());
        for (String agentId : approved.stream().map(ApprovedMove::agentId).distinct().toList()) {
            if (!reachable.contains(agentId)) {
                AgentSummary agent = agents.find(agentId);
                unusable.put(agentId, "revoked".equals(agent.status()) ? "agent " + agentId + " is revoked"
                        : "agent " + agentId + " is " + agent.status() + " (last seen "
                        + (agent.lastSeenAt() == null ? "never" : agent.lastSeenAt()) + ")");
            }
        }
        return unusable;
    }

    /** Runs the plan the operator saw; any other plan (the approvals or the agents changed) → 409. */
    @Interceptors(RecountAfterChange.class)
    public BatchView execute(String planHash, String actor) {
        if (planHash == null || planHash.isBlank()) {
            throw RequestRefusedException.invalid("send {\"planHash\"} from GET /api/v1/execution/plan");
        }
        ExecutionPlan plan = plan();
        if (!plan.hash().equals(planHash.strip())) {
            throw RequestRefusedException.conflict("the plan changed since it was shown (it is now " + plan.hash()
                    + "); look at GET /api/v1/execution/plan again");
        }
        if (plan.items().isEmpty()) {
            throw RequestRefusedException.invalid("nothing to run: no approved proposal can run now"
                    + (plan.blocked().isEmpty() ? "" : " (" + plan.blocked().size() + " blocked)"));
        }
        try (Connection c = dataSource.getConnection()) {
            long batchId = insertBatch(c, "execute", null, plan.hash(), actor);
            for (PlanItem item : plan.items()) {
                long itemId = insertItem(c, batchId, item.proposalId(), null, item.agentId(), item.root(), item.files());
                if (updateProposal(c, item.proposalId(), "approved", item.version(), "executing") == 0) {
                    throw RequestRefusedException.conflict("proposal " + item.proposalId() + " changed meanwhile");
                }
                enqueue(c, itemId, item.agentId(), item.fileId());
            }
            audit.append(actor, "execution.started", "execution_batch", batchId, null, "Batch " + batchId + ": "
                            + plan.items().size() + " items (" + plan.summary().renames() + " renames, "
                            + plan.summary().moves() + " moves, " + plan.summary().bytes() + " bytes), "
                            + plan.blocked().size() + " blocked",
                    Map.of("planHash", plan.hash(), "items", plan.items().size(), "blocked", plan.blocked().size()));
            LOG.info(() -> "execution started batch=" + batchId + " items=" + plan.items().size());
            return batch(c, batchId);
        } catch (SQLException e) {
            throw new IllegalStateException("starting the execution failed: " + e.getMessage(), e);
        }
    }

    /** One journaled step reported by the agent holding the item's lease. */
    public void step(String agentId, long workItemId, ExecutionStep step) {
        if (!recordStep(agentId, workItemId, step)) {
            throw RequestRefusedException.conflict("agent " + agentId + " holds no running execute item " + workItemId);
        }
    }

    /**
     * Records the steps of several execute items in one transaction, each with its audit row; a step of
     * an item this agent no longer holds is refused on its own and the others are kept.
     */
    public BatchAnswer steps(String agentId, List<ItemStep> steps) {
        if (steps == null || steps.size() > phaze.pipeline.boundary.WorkQueue.MAX_BATCH) {
            throw RequestRefusedException.invalid("a batch holds 1 to " + phaze.pipeline.boundary.WorkQueue.MAX_BATCH + " steps");
        }
        int accepted = 0;
        List<BatchAnswer.Refusal> refused = new ArrayList<>();
        for (ItemStep item : steps) {
            if (item == null) {
                refused.add(new BatchAnswer.Refusal(0, "a batch entry needs {\"id\",\"step\"}"));
            } else if (recordStep(agentId, item.id(), item.step())) {
                accepted++;
            } else {
                refused.add(new BatchAnswer.Refusal(item.id(), "agent " + agentId + " holds no running execute item " + item.id()));
            }
        }
        return new BatchAnswer(accepted, refused);
    }

    /** False when the agent holds no running execute item with that work item id. */
    private boolean recordStep(String agentId, long workItemId, ExecutionStep step) {
        if (step == null || step.step() == null) {
            throw RequestRefusedException.invalid("a step needs {\"file\",\"step\",\"ok\",\"detail\"}");
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("""
                update phaze.execution_item e set status = 'running', step = ?, started_at = coalesce(e.started_at, now()),
                    message = case when ? then e.message else ? end
                from phaze.work_item w
                where w.id = ? and w.agent_id = ? and w.lease_owner = ? and w.state = 'leased' and w.stage = 'execute'
                  and w.work_key = 'execute:' || e.id and e.status in ('queued', 'running')
                returning e.id, e.file_id""")) {
            ps.setString(1, step.step());
            ps.setBoolean(2, step.ok());
            ps.setString(3, step.detail());
            ps.setLong(4, workItemId);
            ps.setString(5, agentId);
            ps.setString(6, agentId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return false;
                }
                long itemId = rs.getLong(1);
                Long fileId = (Long) rs.getObject(2);
                audit.append("agent:" + agentId, "execution.step", "execution_item", itemId, fileId,
                        "Item " + itemId + ": " + step.step() + (step.ok() ? "" : " failed") + " — " + step.file()
                                + (step.detail() == null ? "" : " (" + step.detail() + ")"),
                        detail("file", step.file(), "step", step.step(), "ok", step.ok(), "detail", step.detail()));
                return true;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("recording an execution step failed: " + e.getMessage(), e);
        }
    }

    /**
     * How an item ended (called by the work queue inside the report's transaction): on success the files'
     * paths move in the library (the original path is kept) and the proposal is executed (or reverted, for
     * an undo); on failure the proposal goes back to approved (or stays executed).
     */
    public void finish(long itemId, WorkResult result) {
        try (Connection c = dataSource.getConnection()) {
            ItemRow item = item(c, itemId);
            boolean done = result.succeeded();
            boolean undo = "undo".equals(item.kind());
            long bytes = result.execution() == null ? 0 : result.execution().bytes();
            if (done) {
                for (PlannedFile f : ExecutionOrders.files(item.files())) {
                    relocate(c, f, item.agentId(), item.root());
                }
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    update phaze.execution_item set status = ?, step = ?, message = ?, bytes_done = ?, finished_at = now(),
                        started_at = coalesce(started_at, now())
                    where id = ?""")) {
                ps.setString(1, done ? "done" : "failed");
                ps.setString(2, done ? "done" : result.execution() == null ? null : result.execution().failedStep());
                ps.setString(3, done ? result.message() : result.message() == null ? "failed without a reason"
                        : result.message());
                ps.setLong(4, bytes);
                ps.setLong(5, itemId);
                ps.executeUpdate();
            }
            if (item.proposalId() != null) {
                String next = done ? (undo ? "reverted" : "executed") : (undo ? "executed" : "approved");
                updateProposal(c, item.proposalId(), "executing", null, next);
            }
            audit.append("agent:" + item.agentId(), done ? "execution.done" : "execution.failed", "execution_item", itemId,
                    item.fileId(), (undo ? "Undo item " : "Item ") + itemId + (done ? ": moved '" : " failed: '")
                            + item.source() + "' → '" + item.destination() + "'"
                            + (done ? "" : " — " + result.message()),
                    detail("batch", item.batchId(), "from", item.source(), "to", item.destination(), "bytes", bytes,
                            "failedStep", result.execution() == null ? null : result.execution().failedStep()));
            closeBatchIfDone(c, item.batchId());
        } catch (SQLException e) {
            throw new IllegalStateException("recording how item " + itemId + " ended failed: " + e.getMessage(), e);
        }
    }

    /** A moved file's row follows it; if an identical copy already had a row there, that row stays. */
    private static void relocate(Connection c, PlannedFile f, String agentId, String root) throws SQLException {
        String path = root.endsWith("/") ? root + f.to() : root + "/" + f.to();
        try (PreparedStatement there = c.prepareStatement(
                "select id from phaze.audio_file where agent_id = ? and path = ? and id <> ?")) {
            there.setString(1, agentId);
            there.setString(2, path);
            there.setLong(3, f.fileId());
            try (ResultSet rs = there.executeQuery()) {
                if (rs.next()) {
                    try (PreparedStatement gone = c.prepareStatement("delete from phaze.audio_file where id = ?")) {
                        gone.setLong(1, f.fileId());
                        gone.executeUpdate();
                    }
                    return;
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("""
                update phaze.audio_file set original_relative_path = coalesce(original_relative_path, relative_path),
                    relative_path = ?, path = ?, updated_at = now()
                where id = ?""")) {
            ps.setString(1, f.to());
            ps.setString(2, path);
            ps.setLong(3, f.fileId());
            ps.executeUpdate();
        }
    }

    private static void closeBatchIfDone(Connection c, long batchId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                update phaze.execution_batch b set finished_at = now(), status = case
                    when not exists (select 1 from phaze.execution_item where batch_id = b.id and status = 'failed') then 'completed'
                    when not exists (select 1 from phaze.execution_item where batch_id = b.id and status = 'done') then 'failed'
                    else 'completed_with_failures' end
                where b.id = ? and b.status = 'running'
                  and not exists (select 1 from phaze.execution_item where batch_id = b.id and status in ('queued', 'running'))""")) {
            ps.setLong(1, batchId);
            ps.executeUpdate();
        }
    }

    /**
     * Reverses a batch's executed moves (all, or the given items) with the same protocol. An item is
     * refused, with the reason, when its file is no longer where the batch put it, changed since, or its
     * old place (or a companion's) is now taken; when nothing can be undone, refused (409) with every reason.
     */
    @Interceptors(RecountAfterChange.class)
    public UndoResult undo(long batchId, List<Long> itemIds, String actor) {
        try (Connection c = dataSource.getConnection()) {
            batch(c, batchId);
            List<ItemRow> done = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(ItemRow.SELECT + " where e.batch_id = ? and e.status = 'done'"
                    + " and not exists (select 1 from phaze.execution_item u where u.undo_of_item = e.id"
                    + " and u.status in ('queued', 'running', 'done')) order by e.id")) {
                ps.setLong(1, batchId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        done.add(ItemRow.of(rs));
                    }
                }
            }
            if (itemIds != null && !itemIds.isEmpty()) {
                done.removeIf(i -> !itemIds.contains(i.id()));
            }
            List<UndoResult.Refused> refused = new ArrayList<>();
            List<ItemRow> reversible = new ArrayList<>();
            for (ItemRow item : done) {
                String reason = undoBlocker(c, item);
                if (reason == null) {
                    reversible.add(item);
                } else {
                    refused.add(new UndoResult.Refused(item.id(), reason));
                }
            }
            if (itemIds != null) {
                for (Long id : itemIds) {
                    if (done.stream().noneMatch(i -> i.id() == id)) {
                        refused.add(new UndoResult.Refused(id, "not an executed item of batch " + batchId
                                + " (or already undone)"));
                    }
                }
            }
            if (reversible.isEmpty()) {
                throw RequestRefusedException.conflict(refused.isEmpty() ? "batch " + batchId + " has nothing left to undo"
                        : "nothing of batch " + batchId + " can be undone: " + refused.stream()
                        .map(r -> "item " + r.itemId() + ": " + r.reason()).collect(java.util.stream.Collectors.joining("; ")));
            }
            String hash = "undo-" + batchId + "-" + reversible.stream().map(i -> Long.toString(i.id())).reduce((a, b) -> a + "," + b).orElse("");
            long undoBatch = insertBatch(c, "undo", batchId, sha256(hash), actor);
            for (ItemRow item : reversible) {
                List<PlannedFile> back = ExecutionOrders.reversed(ExecutionOrders.files(item.files()));
                long undoItem = insertItem(c, undoBatch, item.proposalId(), item.id(), item.agentId(), item.root(), back);
                if (item.proposalId() != null) {
                    updateProposal(c, item.proposalId(), "executed", null, "executing");
                }
                enqueue(c, undoItem, item.agentId(), item.fileId());
            }
            audit.append(actor, "execution.undo-started", "execution_batch", undoBatch, null, "Undo of batch " + batchId
                    + " as batch " + undoBatch + ": " + reversible.size() + " items, " + refused.size() + " refused",
                    detail("undoOf", batchId, "items", reversible.size(), "refused", refused.size()));
            return new UndoResult(batch(c, undoBatch), refused);
        } catch (SQLException e) {
            throw new IllegalStateException("undoing batch " + batchId + " failed: " + e.getMessage(), e);
        }
    }

    private static String undoBlocker(Connection c, ItemRow item) throws SQLException {
        for (PlannedFile f : ExecutionOrders.files(item.files())) {
            try (PreparedStatement ps = c.prepareStatement(
                    "select relative_path, sha256 from phaze.audio_file where id = ?")) {
                ps.setLong(1, f.fileId());
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return "'" + f.to() + "' is no longer in the library";
                    }
                    if (!rs.getString(1).equals(f.to())) {
                        return "'" + f.to() + "' moved since (now '" + rs.getString(1) + "')";
                    }
                    if (!rs.getString(2).strip().equals(f.sha256())) {
                        return "'" + f.to() + "' changed since it was moved (its SHA-256 differs)";
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    select id from phaze.audio_file where agent_id = ? and root = ? and lower(relative_path) = lower(?)
                      and id <> ?""")) {
                ps.setString(1, item.agentId());
                ps.setString(2, item.root());
                ps.setString(3, f.from());
                ps.setLong(4, f.fileId());
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        return "the old place '" + f.from() + "' is taken by file " + rs.getLong(1);
                    }
                }
            }
        }
        return null;
    }

    public BatchView batch(long id) {
        try (Connection c = dataSource.getConnection()) {
            return batch(c, id);
        } catch (SQLException e) {
            throw new IllegalStateException("reading batch " + id + " failed: " + e.getMessage(), e);
        }
    }

    /** The newest batches, without their items. */
    public List<BatchView> recent(int limit) {
        // One query: the batches with their items counted and summed in the database, not loaded.
        List<BatchView> batches = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("""
                select b.id, b.kind, b.undo_of, b.plan_hash, b.status, b.requested_by,
                       to_char(b.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
                       to_char(b.finished_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
                       extract(epoch from coalesce(b.finished_at, now()) - b.created_at)::float8,
                       count(i.id), count(i.id) filter (where i.status = 'done'),
                       count(i.id) filter (where i.status = 'failed'),
                       coalesce(sum(i.size_bytes), 0), coalesce(sum(i.bytes_done), 0)
                from (select * from phaze.execution_batch order by id desc limit ?) b
                left join phaze.execution_item i on i.batch_id = b.id
                group by b.id, b.kind, b.undo_of, b.plan_hash, b.status, b.requested_by, b.created_at, b.finished_at
                order by b.id desc""")) {
            ps.setInt(1, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    batches.add(new BatchView(rs.getLong(1), rs.getString(2), (Long) rs.getObject(3),
                            rs.getString(4).strip(), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                            rs.getInt(10), rs.getInt(11), rs.getInt(12), rs.getLong(13), rs.getLong(14), rs.getDouble(9),
                            List.of()));
                }
            }
            return batches;
        } catch (SQLException e) {
            throw new IllegalStateException("reading batches failed: " + e.getMessage(), e);
        }
    }

    private static BatchView batch(Connection c, long id) throws SQLException {
        List<BatchView.ItemView> items = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                select id, proposal_id, file_id, agent_id, root, source_path, destination_path, status, step, message,
                       size_bytes, bytes_done, jsonb_array_length(files)
                from phaze.execution_item where batch_id = ? order by id""")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    items.add(new BatchView.ItemView(rs.getLong(1), (Long) rs.getObject(2), (Long) rs.getObject(3),
                            rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                            rs.getString(9), rs.getString(10), rs.getLong(11), rs.getLong(12), rs.getInt(13)));
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("""
                select id, kind, undo_of, plan_hash, status, requested_by,
                       to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
                       to_char(finished_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
                       extract(epoch from coalesce(finished_at, now()) - created_at)::float8
                from phaze.execution_batch where id = ?""")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw RequestRefusedException.notFound("no execution batch " + id);
                }
                int done = (int) items.stream().filter(i -> "done".equals(i.status())).count();
                int failed = (int) items.stream().filter(i -> "failed".equals(i.status())).count();
                return new BatchView(rs.getLong(1), rs.getString(2), (Long) rs.getObject(3), rs.getString(4).strip(),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), items.size(), done, failed,
                        items.stream().mapToLong(BatchView.ItemView::bytes).sum(),
                        items.stream().mapToLong(BatchView.ItemView::bytesDone).sum(), rs.getDouble(9), items);
            }
        }
    }

    private static long insertBatch(Connection c, String kind, Long undoOf, String hash, String actor) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                insert into phaze.execution_batch (kind, undo_of, plan_hash, requested_by) values (?, ?, ?, ?)
                returning id""")) {
            ps.setString(1, kind);
            ps.setObject(2, undoOf);
            ps.setString(3, hash);
            ps.setString(4, actor);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static long insertItem(Connection c, long batchId, Long proposalId, Long undoOf, String agentId, String root,
                                   List<PlannedFile> files) throws SQLException {
        PlannedFile media = files.get(0);
        try (PreparedStatement ps = c.prepareStatement("""
                insert into phaze.execution_item (batch_id, proposal_id, file_id, undo_of_item, agent_id, root,
                    source_path, destination_path, sha256, size_bytes, files)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb) returning id""")) {
            ps.setLong(1, batchId);
            ps.setObject(2, proposalId);
            ps.setLong(3, media.fileId());
            ps.setObject(4, undoOf);
            ps.setString(5, agentId);
            ps.setString(6, root);
            ps.setString(7, media.from());
            ps.setString(8, media.to());
            ps.setString(9, media.sha256());
            ps.setLong(10, files.stream().mapToLong(PlannedFile::size).sum());
            ps.setString(11, ExecutionOrders.json(files));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static int updateProposal(Connection c, long proposalId, String from, Integer version, String to)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                update phaze.proposal set status = ?, version = version + 1, updated_at = now()
                where id = ? and status = ? and (?::int is null or version = ?::int)""")) {
            ps.setString(1, to);
            ps.setLong(2, proposalId);
            ps.setString(3, from);
            ps.setObject(4, version);
            ps.setObject(5, version);
            return ps.executeUpdate();
        }
    }

    private static void enqueue(Connection c, long itemId, String agentId, long fileId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                insert into phaze.work_item (work_key, stage, agent_id, file_id, priority) values (?, 'execute', ?, ?, ?)""")) {
            ps.setString(1, "execute:" + itemId);
            ps.setString(2, agentId);
            ps.setLong(3, fileId);
            ps.setInt(4, PRIORITY);
            ps.executeUpdate();
        }
    }

    private static ItemRow item(Connection c, long itemId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(ItemRow.SELECT + " where e.id = ?")) {
            ps.setLong(1, itemId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw RequestRefusedException.notFound("no execution item " + itemId);
                }
                return ItemRow.of(rs);
            }
        }
    }

    private record ItemRow(long id, long batchId, String kind, Long proposalId, Long fileId, String agentId, String root,
                           String source, String destination, String files) {
        static final String SELECT = """
                select e.id, e.batch_id, b.kind, e.proposal_id, e.file_id, e.agent_id, e.root, e.source_path,
                       e.destination_path, e.files::text
                from phaze.execution_item e join phaze.execution_batch b on b.id = e.batch_id""";

        static ItemRow of(ResultSet rs) throws SQLException {
            return new ItemRow(rs.getLong(1), rs.getLong(2), rs.getString(3), (Long) rs.getObject(4),
                    (Long) rs.getObject(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                    rs.getString(10));
        }
    }

    private static Map<String, Object> detail(Object... pairs) {
        Map<String, Object> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                map.put((String) pairs[i], pairs[i + 1]);
            }
        }
        return map;
    }

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String folderOf(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }
}
