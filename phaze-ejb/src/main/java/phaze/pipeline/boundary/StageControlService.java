package phaze.pipeline.boundary;

import jakarta.interceptor.Interceptors;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import phaze.pipeline.control.Stage;
import phaze.pipeline.control.StageNames;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Pause, resume and reprioritize agent stages. The control row is the durable intent (it survives
 * restarts); a priority change also reorders the queued backlog in the same transaction.
 */
@Stateless
public class StageControlService {
    private static final Logger LOG = Logger.getLogger(StageControlService.class.getName());

    @Resource(lookup = "java:jboss/datasources/PhazeDS")
    DataSource dataSource;

    @Interceptors(RecountAfterChange.class)
    public StageState pause(String stageName) {
        return setPaused(StageNames.controllable(stageName), true);
    }

    @Interceptors(RecountAfterChange.class)
    public StageState resume(String stageName) {
        return setPaused(StageNames.controllable(stageName), false);
    }

    /** Adds {@code delta} to the priority, clamped to 0–100; lower runs first. */
    @Interceptors(RecountAfterChange.class)
    public StageState changePriority(String stageName, int delta) {
        Stage stage = StageNames.controllable(stageName);
        StageState state = update(stage, "update phaze.stage_control set priority = least(100, greatest(0, priority + ?)),"
                + " updated_at = now() where stage = ? returning stage, priority, paused", ps -> {
            ps.setInt(1, delta);
            ps.setString(2, stage.wireName());
        });
        execute("update phaze.work_item set priority = ? where stage = ? and state = 'queued'", ps -> {
            ps.setInt(1, state.priority());
            ps.setString(2, stage.wireName());
        });
        LOG.info(() -> "stage priority stage=" + stage.wireName() + " priority=" + state.priority());
        return state;
    }

    /**
     * Every controllable stage's state. Never fails the caller: if the control rows cannot be read,
     * the defaults are shown (the pipeline page must always draw).
     */
    public Map<String, StageState> all() {
        Map<String, StageState> states = new LinkedHashMap<>();
        for (Stage s : Stage.values()) {
            if (s.controllable()) {
                states.put(s.wireName(), StageState.defaults(s.wireName()));
            }
        }
        try (Connection c = dataSource.getConnection();
             ResultSet rs = c.createStatement().executeQuery("select stage, priority, paused from phaze.stage_control")) {
            while (rs.next()) {
                states.computeIfPresent(rs.getString(1), (k, v) -> new StageState(k, readPriority(rs), readPaused(rs)));
            }
        } catch (SQLException | RuntimeException e) {
            LOG.warning(() -> "stage control unreadable, showing defaults: " + e.getMessage());
        }
        return states;
    }

    private static int readPriority(ResultSet rs) {
        try {
            return rs.getInt(2);
        } catch (SQLException e) {
            return StageState.DEFAULT_PRIORITY;
        }
    }

    private static boolean readPaused(ResultSet rs) {
        try {
            return rs.getBoolean(3);
        } catch (SQLException e) {
            return false;
        }
    }

    private StageState setPaused(Stage stage, boolean paused) {
        StageState state = update(stage, "update phaze.stage_control set paused = ?, updated_at = now() where stage = ?"
                + " returning stage, priority, paused", ps -> {
            ps.setBoolean(1, paused);
            ps.setString(2, stage.wireName());
        });
        LOG.info(() -> "stage " + (paused ? "paused" : "resumed") + " stage=" + stage.wireName());
        return state;
    }

    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private StageState update(Stage stage, String sql, Binder binder) {
        // The row exists from migration V2; inserting on demand keeps a hand-cleaned table working.
        execute("insert into phaze.stage_control (stage) values (?) on conflict do nothing", ps -> ps.setString(1, stage.wireName()));
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            binder.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new StageState(rs.getString(1), rs.getInt(2), rs.getBoolean(3));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("changing stage " + stage.wireName() + " failed: " + e.getMessage(), e);
        }
    }

    private void execute(String sql, Binder binder) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            binder.bind(ps);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " failed: " + e.getMessage(), e);
        }
    }
}
