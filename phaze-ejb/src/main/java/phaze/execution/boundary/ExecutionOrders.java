package phaze.execution.boundary;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import phaze.execution.control.PlannedFile;
import phaze.protocol.agent.ExecutionOrder;
import phaze.protocol.agent.MoveFile;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/** An execution item's files as stored (JSON in execution_item.files) and as sent to the agent. */
public final class ExecutionOrders {

    private ExecutionOrders() {
    }

    public static String json(List<PlannedFile> files) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (PlannedFile f : files) {
            array.add(Json.createObjectBuilder().add("fileId", f.fileId()).add("source", f.from())
                    .add("destination", f.to()).add("sha256", f.sha256()).add("size", f.size()));
        }
        return array.build().toString();
    }

    public static List<PlannedFile> files(String json) {
        List<PlannedFile> files = new ArrayList<>();
        try (var reader = Json.createReader(new StringReader(json))) {
            JsonArray array = reader.readArray();
            for (JsonValue v : array) {
                JsonObject o = v.asJsonObject();
                files.add(new PlannedFile(o.getJsonNumber("fileId").longValue(), o.getString("source"),
                        o.getString("destination"), o.getString("sha256"), o.getJsonNumber("size").longValue()));
            }
        }
        return files;
    }

    /** The same files the other way round, for an undo. */
    public static List<PlannedFile> reversed(List<PlannedFile> files) {
        return files.stream().map(f -> new PlannedFile(f.fileId(), f.to(), f.from(), f.sha256(), f.size())).toList();
    }

    public static ExecutionOrder order(long itemId, String root, String json) {
        return new ExecutionOrder(itemId, root, files(json).stream()
                .map(f -> new MoveFile(f.from(), f.to(), f.sha256(), f.size())).toList());
    }
}
