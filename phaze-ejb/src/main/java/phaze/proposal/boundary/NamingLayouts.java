package phaze.proposal.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import phaze.audit.boundary.AuditTrail;
import phaze.platform.RequestRefusedException;
import phaze.proposal.control.NamingLayout;
import phaze.proposal.control.RecordingKind;
import phaze.proposal.control.TemplateSyntaxException;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The folder and file-name templates the rules engine uses, per recording kind: the built-in layout
 * of DOMAIN.md with the operator's replacements on top. Every change is checked by compiling the
 * template, previewed with sample values, and audited.
 */
@Stateless
public class NamingLayouts {

    /** One kind's templates as the console and API show them. */
    public record Layout(String kind, String folderTemplate, String fileTemplate, boolean custom, String preview)
            implements java.io.Serializable {
    }

    @Resource(lookup = "java:jboss/datasources/PhazeDS")
    DataSource dataSource;
    @EJB
    AuditTrail audit;

    /** The layout a propose run uses now. */
    public NamingLayout current() {
        NamingLayout layout = NamingLayout.defaults();
        for (Map.Entry<RecordingKind, String[]> custom : stored().entrySet()) {
            layout = layout.with(custom.getKey(), custom.getValue()[0], custom.getValue()[1]);
        }
        return layout;
    }

    public List<Layout> layouts() {
        Map<RecordingKind, String[]> stored = stored();
        NamingLayout layout = current();
        List<Layout> layouts = new ArrayList<>();
        for (RecordingKind kind : templated()) {
            NamingLayout.Rule rule = layout.rule(kind);
            layouts.add(new Layout(wire(kind), rule.folder().source(), rule.fileName().source(),
                    stored.containsKey(kind), layout.preview(kind, NamingLayout.sample(kind))));
        }
        return layouts;
    }

    /** What the templates would give for the kind's sample values; refused with the syntax problem. */
    public String preview(String kind, String folderTemplate, String fileTemplate) {
        RecordingKind k = kind(kind);
        return compiled(k, folderTemplate, fileTemplate).preview(k, NamingLayout.sample(k));
    }

    public Layout save(String kind, String folderTemplate, String fileTemplate, String actor) {
        RecordingKind k = kind(kind);
        compiled(k, folderTemplate, fileTemplate);
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("""
                insert into phaze.naming_layout (kind, folder_template, file_template, updated_by) values (?, ?, ?, ?)
                on conflict (kind) do update set folder_template = excluded.folder_template,
                    file_template = excluded.file_template, updated_by = excluded.updated_by, updated_at = now()""")) {
            ps.setString(1, wire(k));
            ps.setString(2, folderTemplate);
            ps.setString(3, fileTemplate);
            ps.setString(4, actor);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("saving the layout failed: " + e.getMessage(), e);
        }
        audit.append(actor, "layout.changed", "naming_layout", null, null, "Layout for " + wire(k) + " set to '"
                + folderTemplate + "' / '" + fileTemplate + "'", Map.of("kind", wire(k), "folder", folderTemplate,
                "file", fileTemplate));
        return layout(k);
    }

    public Layout reset(String kind, String actor) {
        RecordingKind k = kind(kind);
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("delete from phaze.naming_layout where kind = ?")) {
            ps.setString(1, wire(k));
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("resetting the layout failed: " + e.getMessage(), e);
        }
        audit.append(actor, "layout.reset", "naming_layout", null, null, "Layout for " + wire(k)
                + " back to the built-in default", Map.of("kind", wire(k)));
        return layout(k);
    }

    private Layout layout(RecordingKind kind) {
        return layouts().stream().filter(l -> l.kind().equals(wire(kind))).findFirst().orElseThrow();
    }

    private static NamingLayout compiled(RecordingKind kind, String folderTemplate, String fileTemplate) {
        if (folderTemplate == null || fileTemplate == null || fileTemplate.isBlank()) {
            throw RequestRefusedException.invalid("a layout needs a folder template and a non-empty file template");
        }
        try {
            return NamingLayout.defaults().with(kind, folderTemplate, fileTemplate);
        } catch (TemplateSyntaxException e) {
            throw RequestRefusedException.invalid(e.getMessage());
        }
    }

    private Map<RecordingKind, String[]> stored() {
        Map<RecordingKind, String[]> stored = new HashMap<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "select kind, folder_template, file_template from phaze.naming_layout");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                stored.put(RecordingKind.valueOf(rs.getString(1).toUpperCase(Locale.ROOT)),
                        new String[] {rs.getString(2), rs.getString(3)});
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading the layouts failed: " + e.getMessage(), e);
        }
        return stored;
    }

    private static List<RecordingKind> templated() {
        return Arrays.stream(RecordingKind.values()).filter(k -> k != RecordingKind.UNKNOWN).toList();
    }

    private static RecordingKind kind(String kind) {
        return templated().stream().filter(k -> wire(k).equals(kind)).findFirst().orElseThrow(() ->
                RequestRefusedException.notFound("no layout for '" + kind + "'; kinds are "
                        + templated().stream().map(NamingLayouts::wire).toList()));
    }

    private static String wire(RecordingKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }
}
