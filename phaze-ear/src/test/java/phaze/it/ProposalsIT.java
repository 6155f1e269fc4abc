package phaze.it;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;
import static phaze.it.PhazeSystem.*;

/**
 * The PROPOSE stage on the real library with the rules engine, and the review lifecycle through the
 * API exactly as documented: optimistic versions, edits checked by the path-safety component, bulk
 * decisions re-checked on the server, the audit trail, and the rules the database enforces.
 */
class ProposalsIT extends PhazeSystemTest {

    @BeforeEach
    void libraryHasTagsAndProposals() throws Exception {
        ensureAgentRunning();
        proposeForTheLibrary();
    }

    static void proposeForTheLibrary() {
        if (get("/api/v1/files?size=1&q=01%20atlas.flac").json().getJsonNumber("total").longValue() == 0) {
            JsonObject scan = post("/api/v1/scans", "{\"agentId\":\"" + AGENT_ID + "\",\"root\":\"" + LIBRARY + "\"}").json();
            awaitScan(scan.getJsonNumber("id").longValue(), s -> "completed".equals(s.getString("status")));
        }
        post("/api/v1/pipeline/stages/tags/resume", "");
        post("/api/v1/pipeline/stages/tags/trigger", "");
        await("tags to finish", Duration.ofSeconds(90),
                () -> get("/api/v1/pipeline/stats").json().getJsonObject("tags").getJsonNumber("inFlight").longValue() == 0);
        Answer started = post("/api/v1/pipeline/stages/propose/trigger", "{\"engine\":\"rules\"}");
        assertEquals(202, started.status(), started.body());
        awaitRun(started.json().getJsonNumber("id").longValue());
    }

    static JsonObject awaitRun(long id) {
        JsonObject[] run = new JsonObject[1];
        await("propose run " + id, Duration.ofSeconds(60), () -> {
            run[0] = get("/api/v1/proposals/runs/" + id).json();
            return !"running".equals(run[0].getString("status"));
        });
        assertEquals("completed", run[0].getString("status"), run[0].toString());
        return run[0];
    }

    @Test
    void rulesProposeLegalPathsOnceAndEngineChoiceIsChecked() {
        assertEquals(422, post("/api/v1/pipeline/stages/propose/trigger", "{\"engine\":\"oracle\"}").status());
        Answer llm = post("/api/v1/pipeline/stages/propose/trigger", "{\"engine\":\"llm\"}");
        assertEquals(422, llm.status(), "no LLM configured on the test server: " + llm.body());
        assertTrue(llm.json().getString("message").contains("PHAZE_LLM_PROVIDER"), llm.body());

        JsonObject atlas = proposalFor("01 atlas.flac");
        assertEquals("incoming/albums/Bicep - Isles (2021)/01 atlas.flac", atlas.getString("currentPath"));
        assertEquals("music/Bicep/Isles/Bicep - 01 - Atlas.flac", atlas.getString("proposedPath"));
        for (String field : List.of("id", "fileId", "currentPath", "proposedPath", "confidence", "reasoning", "status", "version")) {
            assertTrue(atlas.containsKey(field), "contract field " + field + " in " + atlas);
        }
        JsonObject all = get("/api/v1/proposals?status=all&size=500&q=incoming").json();
        assertTrue(all.getJsonNumber("total").longValue() >= 7, all.toString());
        for (JsonValue v : all.getJsonArray("items")) {
            JsonObject p = v.asJsonObject();
            String proposed = p.getString("proposedPath");
            assertFalse(proposed.startsWith("/") || proposed.contains("../") || proposed.contains("\\"), proposed);
            String before = p.getString("currentPath");
            assertEquals(before.substring(before.lastIndexOf('.')), proposed.substring(proposed.lastIndexOf('.')),
                    "extension kept: " + p);
            double confidence = p.getJsonNumber("confidence").doubleValue();
            assertTrue(confidence >= 0 && confidence <= 1, p.toString());
        }

        Answer again = post("/api/v1/pipeline/stages/propose/trigger", "{\"engine\":\"rules\"}");
        JsonObject rerun = awaitRun(again.json().getJsonNumber("id").longValue());
        assertEquals(0, rerun.getInt("proposed"), "no file gets a second open proposal: " + rerun);
        assertEquals(422, get("/api/v1/proposals?status=maybe").status());

        // the stage graph counts from the proposals themselves
        JsonObject stats = get("/api/v1/pipeline/stats").json();
        long pending = get("/api/v1/proposals?status=pending&size=1").json().getJsonNumber("total").longValue();
        assertEquals(pending, stats.getJsonObject("review").getJsonNumber("notStarted").longValue(), stats.toString());
        assertTrue(stats.getJsonObject("propose").getJsonNumber("done").longValue() >= 8, stats.toString());
        assertEquals(0, stats.getJsonObject("propose").getJsonNumber("inFlight").longValue(), "no run is running");
    }

    @Test
    void approveRejectUndoCarryTheVersionAndLeaveAnAuditTrail() {
        JsonObject p = pending(proposalFor("02 - Bicep - Cazenove.ogg"));
        long id = p.getJsonNumber("id").longValue();
        int version = p.getInt("version");

        assertEquals(409, post("/api/v1/proposals/" + id + "/approve", "{\"version\":" + (version + 7) + "}").status(),
                "a stale version is refused");
        assertEquals(422, post("/api/v1/proposals/" + id + "/approve", "{}").status(), "the version is required");
        JsonObject approved = post("/api/v1/proposals/" + id + "/approve", "{\"version\":" + version + "}").json();
        assertEquals("approved", approved.getString("status"));
        assertEquals(version + 1, approved.getInt("version"));
        assertEquals("admin", approved.getString("decidedBy"));
        assertEquals(409, post("/api/v1/proposals/" + id + "/approve", "{\"version\":" + (version + 1) + "}").status(),
                "approved once");
        JsonObject undone = post("/api/v1/proposals/" + id + "/undo", "{\"version\":" + (version + 1) + "}").json();
        assertEquals("pending", undone.getString("status"));
        JsonObject rejected = post("/api/v1/proposals/" + id + "/reject", "{\"version\":" + undone.getInt("version") + "}").json();
        assertEquals("rejected", rejected.getString("status"));
        JsonObject back = post("/api/v1/proposals/" + id + "/undo", "{\"version\":" + rejected.getInt("version") + "}").json();
        assertEquals("pending", back.getString("status"));
        assertEquals(404, post("/api/v1/proposals/987654321/approve", "{\"version\":1}").status());

        List<String> actions = get("/api/v1/audit?subjectKind=proposal&subjectId=" + id + "&order=asc&size=50").json()
                .getJsonArray("items").stream().map(e -> e.asJsonObject().getString("action")).toList();
        int tail = actions.size();
        assertTrue(tail >= 4, actions.toString());
        assertEquals(List.of("proposal.approved", "proposal.undone", "proposal.rejected", "proposal.undone"),
                actions.subList(tail - 4, tail));
    }

    @Test
    void aRejectedProposalIsProposedAgainAndTheOldOneKept() {
        JsonObject p = pending(proposalFor("(live).mp3"));
        long id = p.getJsonNumber("id").longValue();
        assertEquals(409, post("/api/v1/proposals/" + id + "/regenerate", "{\"version\":" + p.getInt("version") + "}").status(),
                "a current pending proposal is not regenerated");
        JsonObject rejected = post("/api/v1/proposals/" + id + "/reject", "{\"version\":" + p.getInt("version") + "}").json();
        Answer again = post("/api/v1/proposals/" + id + "/regenerate", "{\"version\":" + rejected.getInt("version") + "}");
        assertEquals(200, again.status(), again.body());
        JsonObject fresh = again.json();
        assertNotEquals(id, fresh.getJsonNumber("id").longValue());
        assertEquals("pending", fresh.getString("status"));
        assertEquals(p.getString("proposedPath"), fresh.getString("proposedPath"), "the same rules on the same evidence");
        assertEquals("superseded", get("/api/v1/proposals/" + id).json().getString("status"));
        assertEquals("proposal.regenerated", lastAction(fresh.getJsonNumber("id").longValue()));
    }

    @Test
    void aLayoutChangeIsCheckedPreviewedAndUsedByTheRules() {
        List<JsonObject> layouts = get("/api/v1/naming/layouts").array().getValuesAs(JsonObject.class);
        assertEquals(7, layouts.size(), layouts.toString());
        String url = "/api/v1/naming/layouts/album_track";
        Answer broken = put(url, "{\"folderTemplate\":\"library/{album_artist\",\"fileTemplate\":\"{title}\"}");
        assertEquals(422, broken.status(), broken.body());
        assertTrue(broken.json().getString("message").contains("position"), broken.body());
        assertEquals(404, put("/api/v1/naming/layouts/unknown", "{\"folderTemplate\":\"a\",\"fileTemplate\":\"b\"}").status());
        String templates = "{\"folderTemplate\":\"library/{album_artist}/{album}\",\"fileTemplate\":\"{track} {title}\"}";
        assertEquals("library/Bicep/Isles/01 Atlas", post(url + "/preview", templates).json().getString("preview"));
        JsonObject saved = put(url, templates).json();
        assertTrue(saved.getBoolean("custom"));
        try {
            JsonObject atlas = pending(proposalFor("01 atlas.flac"));
            JsonObject rejected = post("/api/v1/proposals/" + atlas.getJsonNumber("id") + "/reject",
                    "{\"version\":" + atlas.getInt("version") + "}").json();
            JsonObject again = post("/api/v1/proposals/" + atlas.getJsonNumber("id") + "/regenerate",
                    "{\"version\":" + rejected.getInt("version") + "}").json();
            assertEquals("library/Bicep/Isles/01 Atlas.flac", again.getString("proposedPath"));
        } finally {
            assertFalse(send(request(url).DELETE(), true).json().getBoolean("custom"));
        }
        JsonObject atlas = proposalFor("01 atlas.flac");
        JsonObject rejected = post("/api/v1/proposals/" + atlas.getJsonNumber("id") + "/reject",
                "{\"version\":" + atlas.getInt("version") + "}").json();
        JsonObject back = post("/api/v1/proposals/" + atlas.getJsonNumber("id") + "/regenerate",
                "{\"version\":" + rejected.getInt("version") + "}").json();
        assertEquals("music/Bicep/Isles/Bicep - 01 - Atlas.flac", back.getString("proposedPath"));
    }

    @Test
    void editsAreCheckedNotRepaired() {
        JsonObject p = pending(proposalFor("Sigur"));
        long id = p.getJsonNumber("id").longValue();
        int version = p.getInt("version");
        String url = "/api/v1/proposals/" + id;

        Answer traversal = put(url, "{\"version\":" + version + ",\"folder\":\"../../etc\"}");
        assertEquals(422, traversal.status(), traversal.body());
        assertEquals(422, put(url, "{\"version\":" + version + ",\"folder\":\"/absolute\"}").status());
        Answer extension = put(url, "{\"version\":" + version + ",\"fileName\":\"Roskilde.mp3\"}");
        assertEquals(422, extension.status(), "the extension never changes: " + extension.body());
        assertEquals(422, put(url, "{\"version\":" + version + ",\"fileName\":\"CON.ogg\"}").status(), "reserved on SMB");
        assertEquals(422, put(url, "{\"version\":" + version + ",\"fileName\":\"a\\u0001b.ogg\"}").status(), "control character");
        // Another open proposal (the other .ogg) already claims this destination, case aside.
        String taken = proposalFor("02 - Bicep - Cazenove.ogg").getString("proposedPath");
        Answer collision = put(url, "{\"version\":" + version + ",\"folder\":\"" + folderOf(taken).toUpperCase()
                + "\",\"fileName\":\"" + taken.substring(taken.lastIndexOf('/') + 1) + "\"}");
        assertEquals(409, collision.status(), collision.body());
        assertTrue(collision.json().getString("message").contains("claims it"), collision.body());
        assertEquals(409, put(url, "{\"version\":" + (version + 3) + ",\"fileName\":\"x.ogg\"}").status());

        String name = "Sigur Ro\u0301s - Live @ Roskilde 2008.ogg";
        JsonObject edited = put(url, "{\"version\":" + version + ",\"folder\":\"performances/festivals/Roskilde 2008/\","
                + "\"fileName\":\"" + name + "\"}").json();
        assertEquals("performances/festivals/Roskilde 2008/Sigur R\u00f3s - Live @ Roskilde 2008.ogg",
                edited.getString("proposedPath"), "stored in NFC, trailing slash dropped");
        assertEquals("edit", edited.getString("engine"));
        assertEquals(1.0, edited.getJsonNumber("confidence").doubleValue());
        assertEquals(version + 1, edited.getInt("version"));
        assertEquals("proposal.edited", lastAction(id));
    }

    @Test
    void bulkApprovalIsRecheckedOnTheServer() {
        JsonObject high = pending(firstPending("minConfidence=0.9"));
        JsonObject low = pending(firstPending("maxConfidence=0.89"));
        String items = "[{\"id\":" + high.getJsonNumber("id") + ",\"version\":" + high.getInt("version") + "},"
                + "{\"id\":" + low.getJsonNumber("id") + ",\"version\":" + low.getInt("version") + "}]";
        JsonObject result = post("/api/v1/proposals/bulk", "{\"action\":\"approve\",\"items\":" + items + "}").json();
        assertEquals(1, result.getInt("changed"), result.toString());
        assertEquals(1, result.getInt("skippedCount"));
        JsonObject skipped = result.getJsonArray("skipped").getJsonObject(0);
        assertEquals(low.getJsonNumber("id").longValue(), skipped.getJsonNumber("id").longValue());
        assertTrue(skipped.getString("reason").contains("below 0.9"), skipped.toString());
        assertEquals("approved", proposal(high).getString("status"));
        assertEquals("pending", proposal(low).getString("status"));

        assertEquals(422, post("/api/v1/proposals/bulk", "{\"action\":\"approve\"}").status(), "items or a filter");
        assertEquals(422, post("/api/v1/proposals/bulk", "{\"action\":\"delete\",\"filter\":{\"status\":\"pending\"}}").status());
        String lowName = low.getString("currentPath").substring(low.getString("currentPath").lastIndexOf('/') + 1);
        JsonObject rejected = post("/api/v1/proposals/bulk", "{\"action\":\"reject\",\"filter\":{\"status\":\"pending\",\"q\":\""
                + lowName + "\"}}").json();
        assertEquals(1, rejected.getInt("changed"), rejected.toString());
        assertEquals("rejected", proposal(low).getString("status"));

        // put both back so other tests find them pending
        JsonObject h = proposal(high);
        post("/api/v1/proposals/" + h.getJsonNumber("id") + "/undo", "{\"version\":" + h.getInt("version") + "}");
        JsonObject l = proposal(low);
        post("/api/v1/proposals/" + l.getJsonNumber("id") + "/undo", "{\"version\":" + l.getInt("version") + "}");
    }

    @Test
    void theDatabaseKeepsOneOpenProposalPerFileAndTheAuditTrailAppendOnly() throws SQLException {
        JsonObject p = proposalFor("01 atlas.flac");
        try (Connection c = Database.connect()) {
            SQLException twice = assertThrows(SQLException.class, () -> {
                try (PreparedStatement ps = c.prepareStatement("""
                        insert into phaze.proposal (file_id, agent_id, root, current_path, file_sha256, proposed_folder,
                            proposed_name, proposed_path, confidence, reasoning, engine)
                        select file_id, agent_id, root, current_path, file_sha256, 'x', 'y.flac', 'x/y.flac', 0.5, 'r', 'rules'
                        from phaze.proposal where id = ?""")) {
                    ps.setLong(1, p.getJsonNumber("id").longValue());
                    ps.executeUpdate();
                }
            });
            assertEquals("23505", twice.getSQLState(), "unique violation: " + twice.getMessage());
            SQLException rewrite = assertThrows(SQLException.class,
                    () -> c.createStatement().executeUpdate("update phaze.audit_event set actor = 'mallory'"));
            assertTrue(rewrite.getMessage().contains("append-only"), rewrite.getMessage());
            assertThrows(SQLException.class, () -> c.createStatement().executeUpdate("delete from phaze.audit_event"));
        }
    }

    @Test
    void theTreePreviewShowsApprovedMovesInPlace() {
        JsonObject p = pending(proposalFor("02 - Bicep - Cazenove.ogg"));
        long id = p.getJsonNumber("id").longValue();
        JsonObject approved = post("/api/v1/proposals/" + id + "/approve", "{\"version\":" + p.getInt("version") + "}").json();
        String target = approved.getString("proposedPath");
        String folder = folderOf(target);
        String tree = "/api/v1/proposals/tree?agent=" + AGENT_ID + "&root=" + encode(LIBRARY.toString()) + "&folder=" + encode(folder);
        List<JsonObject> entries = get(tree).array().getValuesAs(JsonObject.class);
        JsonObject arriving = entries.stream().filter(e -> target.equals(e.getString("path"))).findFirst()
                .orElseThrow(() -> new AssertionError(target + " not in " + entries));
        assertEquals(1, arriving.getInt("arriving"));
        String oldFolder = "incoming/albums/Bicep - Isles (2021)";
        List<JsonObject> old = get("/api/v1/proposals/tree?agent=" + AGENT_ID + "&root=" + encode(LIBRARY.toString())
                + "&folder=" + encode(oldFolder)).array().getValuesAs(JsonObject.class);
        assertTrue(old.stream().noneMatch(e -> e.getString("name").equals("02 - Bicep - Cazenove.ogg")), old.toString());
        JsonObject now = proposal(approved);
        post("/api/v1/proposals/" + id + "/undo", "{\"version\":" + now.getInt("version") + "}");
    }

    private static JsonObject firstPending(String confidence) {
        return get("/api/v1/proposals?status=pending&size=1&sort=confidence&" + confidence).json().getJsonArray("items")
                .stream().map(JsonValue::asJsonObject).findFirst()
                .orElseThrow(() -> new AssertionError("no pending proposal with " + confidence));
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String folderOf(String path) {
        return path.substring(0, path.lastIndexOf('/'));
    }

    private static String lastAction(long id) {
        return get("/api/v1/audit?subjectKind=proposal&subjectId=" + id + "&size=1").json().getJsonArray("items")
                .getJsonObject(0).getString("action");
    }

    private static JsonObject proposal(JsonObject p) {
        return get("/api/v1/proposals/" + p.getJsonNumber("id")).json();
    }

    /** The proposal as pending: undone first if another test left it decided. */
    static JsonObject pending(JsonObject p) {
        if (!"pending".equals(p.getString("status"))) {
            return post("/api/v1/proposals/" + p.getJsonNumber("id") + "/undo", "{\"version\":" + p.getInt("version") + "}").json();
        }
        return p;
    }

    static JsonObject proposalFor(String nameFragment) {
        return get("/api/v1/proposals?status=all&size=50&q=" + encode(nameFragment)).json().getJsonArray("items")
                .stream().map(JsonValue::asJsonObject)
                .filter(p -> p.getString("currentPath").contains(nameFragment) && !"failed".equals(p.getString("status")))
                .findFirst().orElseThrow(() -> new AssertionError("no proposal for " + nameFragment));
    }
}
