package phaze.pipeline.console;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import phaze.pipeline.boundary.PipelineService;
import phaze.pipeline.boundary.StageControlService;
import phaze.pipeline.boundary.StageStats;
import phaze.pipeline.control.Stage;
import phaze.platform.RequestRefusedException;
import phaze.web.Console;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The pipeline page: the stage graph with live counts and the operator's controls on each node. */
@Named
@ViewScoped
public class PipelinePage implements Serializable {

    /** Where each stage is drawn (columns follow the graph's depth). */
    private static final Map<Stage, int[]> POSITION = Map.of(
            Stage.DISCOVER, new int[] {10, 150}, Stage.TAGS, new int[] {290, 20}, Stage.ANALYZE, new int[] {290, 150},
            Stage.FINGERPRINT, new int[] {290, 280}, Stage.PROPOSE, new int[] {570, 90}, Stage.REVIEW, new int[] {850, 90},
            Stage.EXECUTE, new int[] {1130, 90});
    static final int NODE_WIDTH = 240;
    static final int NODE_HEIGHT = 96;

    public record Node(String name, int x, int y, StageStats stats, boolean controllable, String blocker, int percent) {
        /** PROPOSE is triggered here too (rules, or the LLM when configured); its runs are batch jobs. */
        public boolean proposes() {
            return Stage.PROPOSE.wireName().equals(name);
        }

        public long total() {
            return stats.notStarted() + stats.inFlight() + stats.done() + stats.failed() + stats.skipped();
        }
    }

    public record Edge(int x1, int y1, int x2, int y2) {
    }

    @EJB
    PipelineService pipeline;
    @EJB
    StageControlService control;
    @EJB
    phaze.proposal.batch.ProposeStage propose;

    private List<Node> nodes = List.of();

    @PostConstruct
    public void refresh() {
        Map<String, StageStats> stats = pipeline.stats();
        List<Node> drawn = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            StageStats s = stats.get(stage.wireName());
            int[] at = POSITION.get(stage);
            String blocker = stage.controllable() ? pipeline.triggerBlocker(stage.wireName()).orElse(null) : null;
            long total = s.notStarted() + s.inFlight() + s.done() + s.failed() + s.skipped();
            int percent = total == 0 ? 0 : (int) ((s.done() + s.skipped()) * 100 / total);
            drawn.add(new Node(stage.wireName(), at[0], at[1], s, stage.controllable(), blocker, percent));
        }
        nodes = drawn;
    }

    public List<Node> getNodes() {
        return nodes;
    }

    public List<Edge> getEdges() {
        List<Edge> edges = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            int[] to = POSITION.get(stage);
            for (Stage up : stage.upstream()) {
                int[] from = POSITION.get(up);
                edges.add(new Edge(from[0] + NODE_WIDTH, from[1] + NODE_HEIGHT / 2, to[0], to[1] + NODE_HEIGHT / 2));
            }
        }
        return edges;
    }

    public void trigger(String stage) {
        act(() -> Console.info(stage + ": " + pipeline.trigger(stage).enqueued() + " files queued"));
    }

    public void propose() {
        act(() -> {
            var run = propose.start(null, FacesContext.getCurrentInstance().getExternalContext().getRemoteUser());
            Console.info("propose run " + run.id() + " started (" + run.engine() + ")");
        });
    }

    public void togglePause(String stage, boolean paused) {
        act(() -> {
            if (paused) {
                control.resume(stage);
            } else {
                control.pause(stage);
            }
        });
    }

    /** ▲ runs the stage sooner: a lower number. */
    public void raise(String stage) {
        act(() -> control.changePriority(stage, -10));
    }

    public void lower(String stage) {
        act(() -> control.changePriority(stage, 10));
    }

    public void retry(String stage) {
        act(() -> Console.info(stage + ": " + pipeline.retryFailed(stage).enqueued() + " failed files queued again"));
    }

    private void act(Runnable action) {
        try {
            action.run();
        } catch (RequestRefusedException e) {
            Console.refused(e);
        }
        refresh();
    }
}
