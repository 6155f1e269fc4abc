package phaze.it;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.*;
import static phaze.it.PhazeSystem.*;

/**
 * The reviewed plan runs on the real agent: files (with their companions) move with the journaled
 * protocol, the library and the audit trail follow every step, and undo puts everything back.
 */
class ExecutionIT extends PhazeSystemTest {

    private static final Path SERVER_LOG = Path.of(System.getProperty("phaze.it.dir"), "wildfly", "standalone", "log", "server.log");
    private static final String SET = "dj_xyz__ultra2019_mainstage-WEB-2019-talion.mp3";

    @BeforeEach
    void proposalsExist() throws Exception {
        ensureAgentRunning();
        ProposalsIT.proposeForTheLibrary();
    }

    @Test
    void theReviewedPlanRunsAndIsUndone() throws Exception {
        Map<String, String> before = hashes();
        JsonObject set = approve(ProposalsIT.pending(ProposalsIT.proposalFor(SET)));
        JsonObject atlas = approve(ProposalsIT.pending(ProposalsIT.proposalFor("01 atlas.flac")));
        JsonObject cazenove = approve(ProposalsIT.pending(ProposalsIT.proposalFor("02 - Bicep - Cazenove.ogg")));

        JsonObject plan = get("/api/v1/execution/plan").json();
        List<JsonObject> items = plan.getJsonArray("items").getValuesAs(JsonObject.class);
        JsonObject setItem = items.stream().filter(i -> i.getString("from").endsWith(SET)).findFirst()
                .orElseThrow(() -> new AssertionError("the set is not in the plan: " + plan));
        List<String> companions = setItem.getJsonArray("files").getValuesAs(JsonObject.class).stream()
                .map(f -> f.getString("to")).skip(1).toList();
        String newStem = stem(set.getString("proposedPath"));
        assertEquals(List.of(newStem + ".cue", newStem + ".nfo"), companions, "the cue and nfo travel, renamed: " + setItem);
        assertEquals(3, plan.getJsonObject("summary").getInt("items"), plan.toString());

        assertEquals(409, post("/api/v1/execution", "{\"planHash\":\"" + "0".repeat(64) + "\"}").status(),
                "only the plan that was shown runs");
        Answer started = post("/api/v1/execution", "{\"planHash\":\"" + plan.getString("hash") + "\"}");
        assertEquals(201, started.status(), started.body());
        long batchId = started.json().getJsonNumber("id").longValue();
        assertEquals("executing", proposal(set).getString("status"));
        JsonObject batch = awaitBatch(batchId);
        assertEquals("completed", batch.getString("status"), batch.toString());
        assertEquals(3, batch.getInt("done"));
        // How many travel together depends on which worker leased what first; that they go as groups does not.
        assertTrue(Files.readString(SERVER_LOG).contains("execute item(s) as one group"),
                "the agent moved execute items as groups (see " + SERVER_LOG + ")");

        // on disk: every byte is somewhere, at the new paths; the old paths are empty
        Path moved = LIBRARY.resolve(set.getString("proposedPath"));
        assertTrue(Files.exists(moved), moved.toString());
        assertFalse(Files.exists(LIBRARY.resolve(set.getString("currentPath"))));
        assertTrue(Files.exists(moved.resolveSibling(moved.getFileName().toString().replaceAll("\\.mp3$", ".cue"))));
        assertEquals(sorted(before.values()), sorted(hashes().values()), "the same bytes, nothing lost or doubled");
        assertEquals(before.get(set.getString("currentPath")), hashes().get(set.getString("proposedPath")));

        // in the library: the file's path follows it; the proposal is executed; the audit tells each step
        JsonObject file = get("/api/v1/files/" + set.getJsonNumber("fileId")).json().getJsonObject("file");
        assertEquals(set.getString("proposedPath"), file.getString("relativePath"));
        assertEquals("executed", proposal(set).getString("status"));
        long itemId = batch.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getString("from").endsWith(SET)).findFirst().orElseThrow().getJsonNumber("id").longValue();
        List<String> steps = get("/api/v1/audit?subjectKind=execution_item&subjectId=" + itemId + "&order=asc&size=100").json()
                .getJsonArray("items").getValuesAs(JsonObject.class).stream().map(e -> e.getString("action")).toList();
        assertTrue(steps.contains("execution.step"), steps.toString());
        assertEquals("execution.done", steps.get(steps.size() - 1), steps.toString());
        assertFalse(get("/api/v1/execution/plan").json().getJsonArray("items").stream()
                .anyMatch(i -> i.asJsonObject().getJsonNumber("proposalId").longValue() == set.getJsonNumber("id").longValue()),
                "an executed proposal is not planned again");

        // undo: everything back where it was
        Answer undo = post("/api/v1/execution/" + batchId + "/undo", "{}");
        assertEquals(200, undo.status(), undo.body());
        JsonObject undoBatch = awaitBatch(undo.json().getJsonObject("batch").getJsonNumber("id").longValue());
        assertEquals("completed", undoBatch.getString("status"), undoBatch.toString());
        assertEquals(before, hashes(), "every file back at its old path with its bytes");
        Path emptied = LIBRARY.resolve(atlas.getString("proposedPath")).getParent();
        assertFalse(Files.exists(emptied), "the folders the undo emptied are gone: " + emptied);
        assertEquals("reverted", proposal(set).getString("status"));
        assertEquals(set.getString("currentPath"),
                get("/api/v1/files/" + set.getJsonNumber("fileId")).json().getJsonObject("file").getString("relativePath"));
        assertEquals(409, post("/api/v1/execution/" + batchId + "/undo", "{}").status(), "nothing left to undo");

        // leave the proposals reviewable for other tests
        for (JsonObject p : List.of(set, atlas, cazenove)) {
            JsonObject now = proposal(p);
            post("/api/v1/proposals/" + p.getJsonNumber("id") + "/regenerate", "{\"version\":" + now.getInt("version") + "}");
        }
    }

    private static JsonObject approve(JsonObject p) {
        Answer a = post("/api/v1/proposals/" + p.getJsonNumber("id") + "/approve", "{\"version\":" + p.getInt("version") + "}");
        assertEquals(200, a.status(), a.body());
        return a.json();
    }

    private static JsonObject proposal(JsonObject p) {
        return get("/api/v1/proposals/" + p.getJsonNumber("id")).json();
    }

    static JsonObject awaitBatch(long id) {
        JsonObject[] batch = new JsonObject[1];
        await("execution batch " + id, Duration.ofSeconds(90), () -> {
            batch[0] = get("/api/v1/execution/" + id).json();
            return !"running".equals(batch[0].getString("status"));
        });
        return batch[0];
    }

    private static String stem(String path) {
        return path.substring(0, path.lastIndexOf('.'));
    }

    private static List<String> sorted(java.util.Collection<String> values) {
        return values.stream().sorted().toList();
    }

    /** Every file under the library's incoming/ and tapes/ folders, by relative path, with its SHA-256. */
    static Map<String, String> hashes() throws IOException {
        Map<String, String> hashes = new TreeMap<>();
        try (var walk = Files.walk(LIBRARY)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                String relative = LIBRARY.relativize(p).toString();
                if (!relative.startsWith("llm-inbox/") && !relative.startsWith(".")) {
                    hashes.put(java.text.Normalizer.normalize(relative, java.text.Normalizer.Form.NFC), sha256(p));
                }
            }
        }
        return hashes;
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
