package phaze.proposal.console;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import phaze.platform.RequestRefusedException;
import phaze.proposal.boundary.NamingLayouts;
import phaze.web.Console;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Layout templates per recording kind, edited with a live preview from sample values. */
@Named
@ViewScoped
public class LayoutsPage implements Serializable {

    @EJB
    NamingLayouts layouts;

    private List<NamingLayouts.Layout> rows;
    private final Map<String, String> folders = new HashMap<>();
    private final Map<String, String> files = new HashMap<>();

    @PostConstruct
    void load() {
        rows = layouts.layouts();
        rows.forEach(l -> {
            folders.put(l.kind(), l.folderTemplate());
            files.put(l.kind(), l.fileTemplate());
        });
    }

    public List<NamingLayouts.Layout> getRows() {
        return rows;
    }

    public Map<String, String> getFolders() {
        return folders;
    }

    public Map<String, String> getFiles() {
        return files;
    }

    /** The path the edited templates give for the kind's sample, or what is wrong with them. */
    public String preview(String kind) {
        try {
            return layouts.preview(kind, folders.get(kind), files.get(kind));
        } catch (RequestRefusedException e) {
            return "⚠ " + e.getMessage();
        }
    }

    public void save(String kind) {
        try {
            layouts.save(kind, folders.get(kind), files.get(kind), user());
            Console.info("Saved the " + kind.replace('_', ' ') + " layout; the next propose run uses it");
            load();
        } catch (RequestRefusedException e) {
            Console.refused(e);
        }
    }

    public void reset(String kind) {
        layouts.reset(kind, user());
        Console.info("The " + kind.replace('_', ' ') + " layout is the built-in default again");
        load();
    }

    private static String user() {
        return FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
    }
}
