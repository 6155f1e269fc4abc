package phaze.proposal.console;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import phaze.proposal.boundary.ProposalQueries;
import phaze.proposal.boundary.TreeEntry;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** The library as the approved proposals would leave it, one folder at a time. */
@Named
@ViewScoped
public class TreePage implements Serializable {

    /** A library root: the agent that owns it and its path there. */
    public record Root(String agentId, String path) implements Serializable {
        public String label() {
            return agentId + ": " + path;
        }
    }

    /** One step of the breadcrumb. */
    public record Crumb(String name, String folder) implements Serializable {
    }

    @EJB
    ProposalQueries queries;

    private int root;
    private String folder = "";
    private List<TreeEntry> entries;

    public List<Root> getRoots() {
        return queries.roots().stream().map(r -> new Root(r[0], r[1])).toList();
    }

    public int getRoot() {
        return root;
    }

    public void setRoot(int root) {
        this.root = root;
        this.folder = "";
        this.entries = null;
    }

    public String getFolder() {
        return folder;
    }

    public List<TreeEntry> getEntries() {
        List<Root> roots = getRoots();
        if (roots.isEmpty()) {
            return List.of();
        }
        if (entries == null) {
            Root r = roots.get(Math.min(root, roots.size() - 1));
            entries = queries.tree(r.agentId(), r.path(), folder);
        }
        return entries;
    }

    public List<Crumb> getCrumbs() {
        List<Crumb> crumbs = new ArrayList<>();
        crumbs.add(new Crumb("(root)", ""));
        if (!folder.isEmpty()) {
            StringBuilder path = new StringBuilder();
            for (String part : folder.split("/")) {
                path.append(path.length() == 0 ? "" : "/").append(part);
                crumbs.add(new Crumb(part, path.toString()));
            }
        }
        return crumbs;
    }

    public void open(String path) {
        folder = path == null ? "" : path;
        entries = null;
    }
}
