package phaze.proposal.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import phaze.platform.Page;
import phaze.platform.RequestRefusedException;
import phaze.proposal.control.ProposalDraft;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads proposals for the review table, the API and the tree preview, and carries out bulk decisions
 * as single statements (so 100,000 approvals are one UPDATE, each with its audit row).
 */
@Stateless
public class ProposalQueries {
    public static final int MAX_PAGE_SIZE = 500;
    public static final int MAX_TREE_ENTRIES = 2000;

    private static final Map<String, String> SORTABLE = Map.of("id", "p.id", "confidence", "p.confidence",
            "currentPath", "p.current_path", "proposedPath", "p.proposed_path", "status", "p.status",
            "createdAt", "p.created_at");

    private static final String COLUMNS = """
            select p.id, p.file_id, p.current_path, p.proposed_path, p.confidence, p.reasoning, p.status, p.version,
                   p.engine, p.kind, p.error, p.agent_id, p.root,
                   (f.relative_path is distinct from p.current_path or f.sha256 <> p.file_sha256) as stale,
                   p.provenance::text, to_char(p.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
                   p.decided_by, to_char(p.decided_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), p.run_id
            from phaze.proposal p left join phaze.audio_file f on f.id = p.file_id""";

    @Resource(lookup = "java:jboss/datasources/PhazeDS")
    DataSource dataSource;

    /** A page of proposals (page from 0); sort by id, confidence, currentPath, proposedPath, status, createdAt. */
    public Page<ProposalView> page(ProposalFilter filter, int page, int size, String sortBy, boolean ascending) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw RequestRefusedException.invalid("page must be ≥ 0 and size between 1 and " + MAX_PAGE_SIZE);
        }
        String order = SORTABLE.get(sortBy == null ? "id" : sortBy);
        if (order == null) {
            throw RequestRefusedException.invalid("cannot sort by '" + sortBy + "'; use one of " + SORTABLE.keySet());
        }
        Where where = where(filter);
        String direction = ascending ? " asc" : " desc";
        try (Connection c = dataSource.getConnection()) {
            long total;
            try (PreparedStatement ps = c.prepareStatement("select count(*) from phaze.proposal p" + where.sql())) {
                where.bind(ps, 1);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            List<ProposalView> items = new ArrayList<>(size);
            // The page's ids first, from the proposal table alone (an index walk for the usual sorts), and
            // only those 50 rows joined to their files: a deep page never joins the rows it skips.
            String ordering = " order by " + order + direction + ", p.id" + direction;
            try (PreparedStatement ps = c.prepareStatement("with page as (select p.id from phaze.proposal p"
                    + where.sql() + ordering + " limit ? offset ?) " + COLUMNS + " join page on page.id = p.id"
                    + ordering)) {
                int next = where.bind(ps, 1);
                ps.setInt(next, size);
                ps.setLong(next + 1, (long) page * size);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        items.add(view(rs));
                    }
                }
            }
            return new Page<>(items, page, size, total);
        } catch (SQLException e) {
            throw new IllegalStateException("reading proposals failed: " + e.getMessage(), e);
        }
    }

    public ProposalView proposal(long id) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(COLUMNS + " where p.id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw RequestRefusedException.notFound("no proposal " + id);
                }
                return view(rs);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading proposal " + id + " failed: " + e.getMessage(), e);
        }
    }

    /** Counts per status, for the console's filter buttons. */
    public Map<String, Long> counts() {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "select status, count(*) from phaze.proposal where status <> 'superseded' group by status")) {
            Map<String, Long> counts = new java.util.TreeMap<>();
            ProposalFilter.STATUSES.forEach(s -> counts.put(s, 0L));
            long all = 0;
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    counts.put(rs.getString(1), rs.getLong(2));
                    all += rs.getLong(2);
                }
            }
            counts.put("all", all);
            return counts;
        } catch (SQLException e) {
            throw new IllegalStateException("counting proposals failed: " + e.getMessage(), e);
        }
    }

    /** Another open proposal of the file, or null. */
    public Long openProposalOf(long fileId, long exceptId) {
        return firstLong("""
                select id from phaze.proposal where file_id = ? and id <> ? and status in ('pending', 'approved')""",
                fileId, exceptId);
    }

    /** Who already claims {@code path} in the root (case-insensitively), other than the file itself, or null. */
    public String claimant(String agentId, String root, String path, long fileId) {
        Long file = firstLong("""
                select id from phaze.audio_file where agent_id = ? and root = ? and lower(relative_path) = lower(?)
                  and id <> ?""", agentId, root, path, fileId);
        if (file != null) {
            return "file " + file + " is there";
        }
        Long proposal = firstLong("""
                select id from phaze.proposal where agent_id = ? and root = ? and lower(proposed_path) = lower(?)
                  and status in ('pending', 'approved') and file_id <> ?""", agentId, root, path, fileId);
        return proposal == null ? null : "proposal " + proposal + " claims it";
    }

    /** See {@link ProposalService#bulk}: one UPDATE with its audit rows, then the reasons for what was left. */
    public BulkResult decideMany(boolean approve, List<Decision> decisions, ProposalFilter filter, String actor) {
        String target = approve ? "approved" : "rejected";
        String gate = approve ? " and p.confidence >= " + ProposalDraft.BULK_APPROVAL
                + " and f.relative_path = p.current_path and f.sha256 = p.file_sha256" : "";
        Where where = filter == null ? null : where(filter);
        String source = filter == null
                ? "unnest(?::bigint[], ?::int[]) as d(id, version), phaze.audio_file f where p.id = d.id and p.version = d.version and"
                : "phaze.audio_file f " + where.sql() + " and";
        String sql = "with changed as (update phaze.proposal p set status = ?, version = p.version + 1,"
                + " decided_at = now(), decided_by = ?, updated_at = now()"
                + " from " + source + " p.status = 'pending' and f.id = p.file_id" + gate
                + " returning p.id, p.file_id, p.current_path, p.proposed_path, p.version), " + """
                audited as (
                    insert into phaze.audit_event (actor, action, subject_kind, subject_id, file_id, summary, detail)
                    select ?, ?, 'proposal', id, file_id,
                           'Proposal ' || id || ' pending → ' || ? || ' (bulk): ''' || current_path || ''' → '''
                               || proposed_path || '''',
                           jsonb_build_object('from', 'pending', 'to', ?, 'bulk', true, 'currentPath', current_path,
                               'proposedPath', proposed_path, 'version', version)
                    from changed
                    returning subject_id)
                select subject_id from audited""";
        try (Connection c = dataSource.getConnection()) {
            Set<Long> changed = new HashSet<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int i = 1;
                ps.setString(i++, target);
                ps.setString(i++, actor);
                if (filter == null) {
                    ps.setArray(i++, c.createArrayOf("bigint", decisions.stream().map(Decision::id).toArray()));
                    ps.setArray(i++, c.createArrayOf("integer", decisions.stream().map(Decision::version).toArray()));
                } else {
                    i = where.bind(ps, i);
                }
                ps.setString(i++, actor);
                ps.setString(i++, "proposal." + target);
                ps.setString(i++, target);
                ps.setString(i, target);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        changed.add(rs.getLong(1));
                    }
                }
            }
            List<BulkResult.Skipped> skipped = filter == null
                    ? skippedItems(c, decisions, changed, approve)
                    : skippedByFilter(c, where, approve);
            long skippedCount = filter == null ? decisions.size() - changed.size() : countSkipped(c, where, approve);
            audit(c, actor, approve, changed.size(), skippedCount);
            return new BulkResult(approve ? "approve" : "reject", changed.size(), (int) skippedCount,
                    skipped.subList(0, Math.min(skipped.size(), BulkResult.MAX_LISTED)));
        } catch (SQLException e) {
            throw new IllegalStateException("bulk decision failed: " + e.getMessage(), e);
        }
    }

    private static List<BulkResult.Skipped> skippedItems(Connection c, List<Decision> decisions, Set<Long> changed,
                                                         boolean approve) throws SQLException {
        List<BulkResult.Skipped> skipped = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                select d.id, d.version, p.status, p.version, p.confidence,
                       (f.relative_path is distinct from p.current_path or f.sha256 <> p.file_sha256)
                from unnest(?::bigint[], ?::int[]) as d(id, version)
                left join phaze.proposal p on p.id = d.id left join phaze.audio_file f on f.id = p.file_id""")) {
            ps.setArray(1, c.createArrayOf("bigint", decisions.stream().map(Decision::id).toArray()));
            ps.setArray(2, c.createArrayOf("integer", decisions.stream().map(Decision::version).toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    if (changed.contains(id)) {
                        continue;
                    }
                    String status = rs.getString(3);
                    String reason = status == null ? "no such proposal"
                            : !"pending".equals(status) ? "it is " + status
                            : rs.getInt(2) != rs.getInt(4) ? "it changed since it was shown (version " + rs.getInt(2)
                                    + ", now " + rs.getInt(4) + ")"
                            : approve && rs.getBoolean(6) ? "its file changed since it was proposed"
                            : approve && rs.getDouble(5) < ProposalDraft.BULK_APPROVAL
                                    ? "confidence " + String.format(Locale.ROOT, "%.2f", rs.getDouble(5))
                                            + " is below " + ProposalDraft.BULK_APPROVAL + "; decide it alone"
                            : "not changed";
                    skipped.add(new BulkResult.Skipped(id, reason));
                }
            }
        }
        return skipped;
    }

    private static final String LEFT_BY_GATE = """
             and (p.confidence < %s or f.relative_path is distinct from p.current_path or f.sha256 <> p.file_sha256)"""
            .formatted(ProposalDraft.BULK_APPROVAL);

    private static List<BulkResult.Skipped> skippedByFilter(Connection c, Where where, boolean approve)
            throws SQLException {
        List<BulkResult.Skipped> skipped = new ArrayList<>();
        if (!approve) {
            return skipped;
        }
        try (PreparedStatement ps = c.prepareStatement("""
                select p.id, p.confidence, (f.relative_path is distinct from p.current_path or f.sha256 <> p.file_sha256)
                from phaze.proposal p left join phaze.audio_file f on f.id = p.file_id""" + where.sql() + LEFT_BY_GATE
                + " order by p.id limit " + BulkResult.MAX_LISTED)) {
            where.bind(ps, 1);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    skipped.add(new BulkResult.Skipped(rs.getLong(1), rs.getBoolean(3)
                            ? "its file changed since it was proposed"
                            : "confidence " + String.format(Locale.ROOT, "%.2f", rs.getDouble(2)) + " is below "
                                    + ProposalDraft.BULK_APPROVAL + "; decide it alone"));
                }
            }
        }
        return skipped;
    }

    private static long countSkipped(Connection c, Where where, boolean approve) throws SQLException {
        if (!approve) {
            return 0;
        }
        try (PreparedStatement ps = c.prepareStatement("""
                select count(*) from phaze.proposal p left join phaze.audio_file f on f.id = p.file_id"""
                + where.sql() + LEFT_BY_GATE)) {
            where.bind(ps, 1);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static void audit(Connection c, String actor, boolean approve, int changed, long skipped)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                insert into phaze.audit_event (actor, action, subject_kind, summary, detail)
                values (?, ?, 'proposal', ?, jsonb_build_object('changed', ?::int, 'skipped', ?::bigint))""")) {
            ps.setString(1, actor);
            ps.setString(2, approve ? "proposal.bulk-approved" : "proposal.bulk-rejected");
            ps.setString(3, "Bulk " + (approve ? "approval" : "rejection") + ": " + changed + " changed, " + skipped
                    + " left for a person");
            ps.setInt(4, changed);
            ps.setLong(5, skipped);
            ps.executeUpdate();
        }
    }

    /** Roots that have files, as "agent\u0000root" pairs in display order. */
    public List<String[]> roots() {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "select agent_id, root from phaze.agent_root order by agent_id, path")) {
            List<String[]> roots = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    roots.add(new String[] {rs.getString(1), rs.getString(2)});
                }
            }
            return roots;
        } catch (SQLException e) {
            throw new IllegalStateException("reading roots failed: " + e.getMessage(), e);
        }
    }

    /**
     * The children of {@code folder} ("" for the root) as the library would look after every approved
     * proposal ran: files keep their place unless approved elsewhere.
     */
    public List<TreeEntry> tree(String agentId, String root, String folder) {
        String prefix = folder == null || folder.isBlank() ? "" : folder.strip() + "/";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("""
                with after as (
                    select coalesce(p.proposed_path, f.relative_path) as path, p.id is not null as arriving
                    from phaze.audio_file f
                    left join phaze.proposal p on p.file_id = f.id and p.status = 'approved'
                    where f.agent_id = ? and f.root = ?),
                inside as (
                    select substr(path, length(?) + 1) as rest, arriving from after where left(path, length(?)) = ?)
                select split_part(rest, '/', 1) as name, position('/' in rest) > 0 as folder,
                       count(*), count(*) filter (where arriving)
                from inside group by 1, 2 order by 2 desc, 1 limit ?""")) {
            ps.setString(1, agentId);
            ps.setString(2, root);
            ps.setString(3, prefix);
            ps.setString(4, prefix);
            ps.setString(5, prefix);
            ps.setInt(6, MAX_TREE_ENTRIES);
            List<TreeEntry> entries = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    entries.add(new TreeEntry(rs.getString(1), prefix + rs.getString(1), rs.getBoolean(2),
                            rs.getLong(3), rs.getLong(4)));
                }
            }
            return entries;
        } catch (SQLException e) {
            throw new IllegalStateException("reading the tree preview failed: " + e.getMessage(), e);
        }
    }

    private Long firstLong(String sql, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading proposals failed: " + e.getMessage(), e);
        }
    }

    private static ProposalView view(ResultSet rs) throws SQLException {
        return new ProposalView(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getDouble(5),
                rs.getString(6), rs.getString(7), rs.getInt(8), rs.getString(9), rs.getString(10), rs.getString(11),
                rs.getString(12), rs.getString(13), rs.getBoolean(14), rs.getString(15), rs.getString(16),
                rs.getString(17), rs.getString(18), (Long) rs.getObject(19));
    }

    /** A WHERE clause over proposal p (and, for text, its paths) with its arguments in order. */
    private record Where(String sql, List<Object> args) {
        int bind(PreparedStatement ps, int first) throws SQLException {
            int i = first;
            for (Object arg : args) {
                ps.setObject(i++, arg);
            }
            return i;
        }
    }

    private static Where where(ProposalFilter filter) {
        StringBuilder sql = new StringBuilder(" where ");
        List<Object> args = new ArrayList<>();
        if ("all".equals(filter.status())) {
            sql.append("p.status <> 'superseded'");
        } else {
            sql.append("p.status = ?");
            args.add(filter.status());
        }
        if (filter.text() != null) {
            String needle = "%" + ProposalRuns.likeEscape(filter.text().toLowerCase(Locale.ROOT)) + "%";
            sql.append(" and (lower(p.current_path) like ? or lower(p.proposed_path) like ?)");
            args.add(needle);
            args.add(needle);
        }
        if (filter.minConfidence() != null) {
            sql.append(" and p.confidence >= ?");
            args.add(filter.minConfidence());
        }
        if (filter.maxConfidence() != null) {
            sql.append(" and p.confidence <= ?");
            args.add(filter.maxConfidence());
        }
        return new Where(sql.toString(), args);
    }
}
