package phaze.audit.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import phaze.platform.Page;
import phaze.platform.RequestRefusedException;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The append-only record of what changed, by whom. {@link #append} joins the caller's transaction
 * (MANDATORY): an audit row commits with the state change it describes or not at all. The database
 * refuses updates and deletes of audit rows (V4 trigger).
 */
@Stateless
public class AuditTrail {
    public static final int MAX_PAGE_SIZE = 500;
    private static final Jsonb JSON = JsonbBuilder.create();
    private static final Map<String, String> SORTABLE = Map.of("at", "at", "actor", "actor", "action", "action",
            "subject", "subject_kind, subject_id");

    @Resource(lookup = "java:jboss/datasources/PhazeDS")
    DataSource dataSource;

    public record Event(long id, String at, String actor, String action, String subjectKind, Long subjectId,
                        Long fileId, String summary, String detail)
            implements java.io.Serializable {
    }

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void append(String actor, String action, String subjectKind, Long subjectId, Long fileId, String summary,
                       Map<String, ?> detail) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("""
                insert into phaze.audit_event (actor, action, subject_kind, subject_id, file_id, summary, detail)
                values (?, ?, ?, ?, ?, ?, ?::jsonb)""")) {
            ps.setString(1, actor == null ? "system" : actor);
            ps.setString(2, action);
            ps.setString(3, subjectKind);
            ps.setObject(4, subjectId);
            ps.setObject(5, fileId);
            ps.setString(6, summary);
            ps.setString(7, JSON.toJson(detail == null ? Map.of() : detail));
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("writing the audit trail failed: " + e.getMessage(), e);
        }
    }

    /**
     * @param filter case-insensitive text matched against actor, action and summary, or null
     * @param sortBy at, actor, action or subject (null → at)
     */
    public Page<Event> events(int page, int size, String filter, String subjectKind, Long subjectId, Long fileId,
                              String sortBy, boolean ascending) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw RequestRefusedException.invalid("page must be ≥ 0 and size between 1 and " + MAX_PAGE_SIZE);
        }
        String order = SORTABLE.get(sortBy == null ? "at" : sortBy);
        if (order == null) {
            throw RequestRefusedException.invalid("cannot sort by '" + sortBy + "'; use one of " + SORTABLE.keySet());
        }
        List<Object> args = new ArrayList<>();
        StringBuilder where = new StringBuilder(" where true");
        if (filter != null && !filter.isBlank()) {
            where.append(" and (lower(actor) like ? or lower(action) like ? or lower(summary) like ?)");
            String needle = "%" + filter.toLowerCase(Locale.ROOT).replace("%", "\\%").replace("_", "\\_") + "%";
            args.add(needle);
            args.add(needle);
            args.add(needle);
        }
        if (subjectKind != null) {
            where.append(" and subject_kind = ?");
            args.add(subjectKind);
        }
        if (subjectId != null) {
            where.append(" and subject_id = ?");
            args.add(subjectId);
        }
        if (fileId != null) {
            where.append(" and file_id = ?");
            args.add(fileId);
        }
        String direction = ascending ? " asc" : " desc";
        try (Connection c = dataSource.getConnection()) {
            long total;
            try (PreparedStatement ps = c.prepareStatement("select count(*) from phaze.audit_event" + where)) {
                bind(ps, args);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            List<Event> events = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    select id, to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), actor, action, subject_kind,
                           subject_id, file_id, summary, detail::text
                    from phaze.audit_event""" + where + " order by " + order + direction + ", id" + direction
                    + " limit ? offset ?")) {
                args.add(size);
                args.add((long) page * size);
                bind(ps, args);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        events.add(new Event(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getString(5), (Long) rs.getObject(6), (Long) rs.getObject(7), rs.getString(8),
                                rs.getString(9)));
                    }
                }
            }
            return new Page<>(events, page, size, total);
        } catch (SQLException e) {
            throw new IllegalStateException("reading the audit trail failed: " + e.getMessage(), e);
        }
    }

    private static void bind(PreparedStatement ps, List<Object> args) throws SQLException {
        for (int i = 0; i < args.size(); i++) {
            ps.setObject(i + 1, args.get(i));
        }
    }
}
