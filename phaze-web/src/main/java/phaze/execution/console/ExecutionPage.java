package phaze.execution.console;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import phaze.execution.boundary.BatchView;
import phaze.execution.boundary.ExecutionService;
import phaze.execution.boundary.UndoResult;
import phaze.execution.control.ExecutionPlan;
import phaze.platform.RequestRefusedException;
import phaze.web.Console;

import java.io.Serializable;
import java.util.List;

/**
 * The plan as it would run now (the dry run is the plan: running it sends the hash shown here), the
 * batches with live progress, and undo.
 */
@Named
@ViewScoped
public class ExecutionPage implements Serializable {

    @EJB
    ExecutionService executions;

    private transient ExecutionPlan plan;
    private String shownHash;
    private Long selected;

    @PostConstruct
    void load() {
        refresh();
    }

    public void refresh() {
        plan = executions.plan();
        shownHash = plan.hash();
    }

    public ExecutionPlan getPlan() {
        if (plan == null) {
            refresh();
        }
        return plan;
    }

    public void run() {
        try {
            BatchView batch = executions.execute(shownHash, user());
            selected = batch.id();
            Console.info("Batch " + batch.id() + " started: " + items(batch.total()));
        } catch (RequestRefusedException e) {
            Console.refused(e);
        }
        refresh();
    }

    public List<BatchView> getBatches() {
        return executions.recent(20);
    }

    public BatchView getBatch() {
        return selected == null ? null : executions.batch(selected);
    }

    public boolean isRunning() {
        return getBatches().stream().anyMatch(b -> "running".equals(b.status()));
    }

    public void show(long batchId) {
        selected = batchId;
    }

    public void undo(long batchId) {
        try {
            UndoResult result = executions.undo(batchId, null, user());
            selected = result.batch().id();
            Console.info("Undo batch " + result.batch().id() + " started: " + items(result.batch().total())
                    + (result.refused().isEmpty() ? "" : ", " + result.refused().size() + " refused (e.g. "
                    + result.refused().get(0).reason() + ")"));
        } catch (RequestRefusedException e) {
            Console.refused(e);
        }
        refresh();
    }

    public String throughput(BatchView b) {
        double mb = b.bytesDone() / 1e6;
        return b.seconds() <= 0 ? "" : String.format(java.util.Locale.ROOT, "%.1f MB/s", mb / b.seconds());
    }

    private static String items(int n) {
        return n + (n == 1 ? " item" : " items");
    }

    public Long getSelected() {
        return selected;
    }

    private static String user() {
        return FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
    }
}
