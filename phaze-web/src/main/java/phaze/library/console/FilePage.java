package phaze.library.console;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import phaze.library.boundary.FileDetail;
import phaze.library.boundary.LibraryService;
import phaze.pipeline.boundary.PipelineService;
import phaze.platform.RequestRefusedException;
import phaze.web.Console;

import java.io.Serializable;
import java.io.StringReader;
import java.util.List;
import java.util.Locale;

/** One file: its facts, tags, analysis, per-stage status with skip/retry, and its timeline plot. */
@Named
@ViewScoped
public class FilePage implements Serializable {
    static final int PLOT_WIDTH = 900;
    static final int PLOT_HEIGHT = 160;

    @EJB
    LibraryService library;
    @EJB
    PipelineService pipeline;

    private long id;
    private FileDetail detail;
    private String skipReason;

    public void load() {
        try {
            detail = library.file(id);
        } catch (RequestRefusedException e) {
            Console.refused(e);
            detail = null;
        }
    }

    public void skip(String stage) {
        act(() -> pipeline.skip(id, stage, skipReason));
        skipReason = null;
    }

    public void unskip(String stage) {
        act(() -> pipeline.unskip(id, stage));
    }

    public void retry(String stage) {
        act(() -> pipeline.retry(id, stage));
    }

    private void act(Runnable action) {
        try {
            action.run();
        } catch (RequestRefusedException e) {
            Console.refused(e);
        }
        load();
    }

    public record StageRow(String stage, String status, String message) {
    }

    public List<StageRow> getStages() {
        return detail == null ? List.of() : detail.stages().entrySet().stream()
                .map(e -> new StageRow(e.getKey(), e.getValue().status(), e.getValue().message())).toList();
    }

    /** SVG polyline points of BPM (0–200 BPM) and energy (1–10) over the recording's windows. */
    public String getBpmLine() {
        return line("bpm", 200);
    }

    public String getEnergyLine() {
        return line("energy", 10);
    }

    public boolean isHasTimeline() {
        return windows().size() > 1;
    }

    private String line(String field, double max) {
        List<JsonObject> windows = windows();
        if (windows.isEmpty()) {
            return "";
        }
        double end = windows.get(windows.size() - 1).getJsonNumber("end").doubleValue();
        StringBuilder points = new StringBuilder();
        for (JsonObject w : windows) {
            if (!w.containsKey(field)) {
                continue;
            }
            double mid = (w.getJsonNumber("start").doubleValue() + w.getJsonNumber("end").doubleValue()) / 2;
            double x = mid / end * PLOT_WIDTH;
            double y = PLOT_HEIGHT - Math.min(1, w.getJsonNumber(field).doubleValue() / max) * (PLOT_HEIGHT - 10);
            points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
        }
        return points.toString().strip();
    }

    private List<JsonObject> windows() {
        if (detail == null || detail.analysis() == null || detail.analysis().timeline() == null) {
            return List.of();
        }
        try (var reader = Json.createReader(new StringReader(detail.analysis().timeline()))) {
            JsonArray array = reader.readArray();
            return array.stream().map(JsonValue::asJsonObject).toList();
        }
    }

    public FileDetail getDetail() {
        return detail;
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public String getSkipReason() {
        return skipReason;
    }

    public void setSkipReason(String skipReason) {
        this.skipReason = skipReason;
    }
}
