package phaze.proposal.console;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import phaze.platform.Page;
import phaze.platform.RequestRefusedException;
import phaze.proposal.batch.ProposeStage;
import phaze.proposal.boundary.BulkResult;
import phaze.proposal.boundary.Decision;
import phaze.proposal.boundary.ProposalFilter;
import phaze.proposal.boundary.ProposalQueries;
import phaze.proposal.boundary.ProposalRunView;
import phaze.proposal.boundary.ProposalRuns;
import phaze.proposal.boundary.ProposalService;
import phaze.proposal.boundary.ProposalView;
import phaze.proposal.control.PathChange;
import phaze.proposal.control.ProposalDraft;
import phaze.web.Console;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The review table: pages of proposals by status and text, decisions per row (with the version the
 * row was drawn with, so a row changed meanwhile is refused) and in bulk, edits, and propose runs.
 */
@Named
@ViewScoped
public class ReviewPage implements Serializable {

    @EJB
    ProposalQueries queries;
    @EJB
    ProposalService proposals;
    @EJB
    ProposalRuns runs;
    @EJB
    ProposeStage propose;

    private String status = "pending";
    private String text;
    private List<ProposalView> selection = new ArrayList<>();
    private ProposalView editing;
    private String editFolder;
    private String editName;
    private String engine = "rules";
    private final Map<String, PathChange.Sides> changes = new HashMap<>();
    private transient Map<String, Long> counts;
    private transient FacesContext countedFor;
    private transient ProposalRunView latestRun;
    private transient FacesContext latestFor;

    private final LazyDataModel<ProposalView> rows = new LazyDataModel<>() {
        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) queries.page(filter(), 0, 1, "id", true).total();
        }

        @Override
        public List<ProposalView> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                       Map<String, FilterMeta> filterBy) {
            SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
            String field = sort == null ? "id" : sort.getField();
            boolean ascending = sort == null || sort.getOrder() != SortOrder.DESCENDING;
            Page<ProposalView> page = queries.page(filter(), first / pageSize, pageSize, field, ascending);
            setRowCount((int) page.total());
            changes.clear();
            return page.items();
        }

        @Override
        public String getRowKey(ProposalView row) {
            return Long.toString(row.id());
        }
    };

    private ProposalFilter filter() {
        return new ProposalFilter(status, text, null, null);
    }

    public LazyDataModel<ProposalView> getRows() {
        return rows;
    }

    /** Counts per status, read once per request (the filter buttons ask five times). */
    public Map<String, Long> getCounts() {
        if (counts == null || countedFor != FacesContext.getCurrentInstance()) {
            counts = queries.counts();
            countedFor = FacesContext.getCurrentInstance();
        }
        return counts;
    }

    /** The highlighted before and after of a row. */
    public PathChange.Sides change(ProposalView row) {
        return changes.computeIfAbsent(row.id() + ":" + row.version(),
                k -> PathChange.of(row.currentPath(), row.proposedPath()));
    }

    /** Confidence colour band: high can be bulk-approved, low needs a careful look. */
    public String band(ProposalView row) {
        return row.confidence() >= ProposalDraft.BULK_APPROVAL ? "high" : row.confidence() >= 0.6 ? "medium" : "low";
    }

    public void approve(ProposalView row) {
        decide(() -> proposals.approve(row.id(), row.version(), user()), "Approved");
    }

    public void reject(ProposalView row) {
        decide(() -> proposals.reject(row.id(), row.version(), user()), "Rejected");
    }

    public void undo(ProposalView row) {
        decide(() -> proposals.undo(row.id(), row.version(), user()), "Back to review");
    }

    public void regenerate(ProposalView row) {
        decide(() -> proposals.regenerate(row.id(), row.version(), user()), "Proposed again");
    }

    public void startEdit(ProposalView row) {
        editing = row;
        editFolder = row.proposedFolder();
        editName = row.proposedName();
    }

    public void saveEdit() {
        if (editing == null) {
            return;
        }
        try {
            ProposalView saved = proposals.edit(editing.id(), editing.version(), editFolder, editName, user());
            Console.info("Saved: " + saved.proposedPath());
            editing = null;
        } catch (RequestRefusedException e) {
            Console.refused(e);
        }
    }

    public void approveSelected() {
        bulk("approve", selection.stream().map(r -> new Decision(r.id(), r.version())).toList(), null);
    }

    public void rejectSelected() {
        bulk("reject", selection.stream().map(r -> new Decision(r.id(), r.version())).toList(), null);
    }

    public void approveMatching() {
        bulk("approve", null, new ProposalFilter("pending", text, null, null));
    }

    public void rejectMatching() {
        bulk("reject", null, new ProposalFilter("pending", text, null, null));
    }

    private void bulk(String action, List<Decision> decisions, ProposalFilter filter) {
        if (filter == null && decisions.isEmpty()) {
            Console.refused(RequestRefusedException.invalid("select rows first (the checkboxes on the left)"));
            return;
        }
        try {
            BulkResult result = proposals.bulk(action, decisions, filter, user());
            String skipped = result.skippedCount() == 0 ? ""
                    : "; " + result.skippedCount() + " left for a person"
                    + (result.skipped().isEmpty() ? "" : " (e.g. " + result.skipped().get(0).id() + ": "
                    + result.skipped().get(0).reason() + ")");
            Console.info(("approve".equals(action) ? "Approved " : "Rejected ") + result.changed() + skipped);
            selection = new ArrayList<>();
        } catch (RequestRefusedException e) {
            Console.refused(e);
        }
    }

    public void startPropose() {
        try {
            ProposalRunView run = propose.start(engine, user());
            Console.info("Propose run " + run.id() + " started (" + run.engine() + ")");
        } catch (RequestRefusedException e) {
            Console.refused(e);
        }
    }

    /** The newest propose run, read once per request. */
    public ProposalRunView getLatestRun() {
        if (latestFor != FacesContext.getCurrentInstance()) {
            List<ProposalRunView> recent = runs.recent(1);
            latestRun = recent.isEmpty() ? null : recent.get(0);
            latestFor = FacesContext.getCurrentInstance();
        }
        return latestRun;
    }

    private void decide(Supplier<ProposalView> decision, String verb) {
        try {
            ProposalView row = decision.get();
            Console.info(verb + ": " + row.proposedPath());
        } catch (RequestRefusedException e) {
            Console.refused(e);
        }
    }

    private static String user() {
        return FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public List<ProposalView> getSelection() {
        return selection;
    }

    public void setSelection(List<ProposalView> selection) {
        this.selection = selection == null ? new ArrayList<>() : selection;
    }

    public ProposalView getEditing() {
        return editing;
    }

    public String getEditFolder() {
        return editFolder;
    }

    public void setEditFolder(String editFolder) {
        this.editFolder = editFolder;
    }

    public String getEditName() {
        return editName;
    }

    public void setEditName(String editName) {
        this.editName = editName;
    }

    public String getEngine() {
        return engine;
    }

    public void setEngine(String engine) {
        this.engine = engine;
    }
}
