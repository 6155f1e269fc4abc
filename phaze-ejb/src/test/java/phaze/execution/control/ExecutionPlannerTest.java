package phaze.execution.control;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class ExecutionPlannerTest {

    private static final String SHA = "a".repeat(64);
    private final ExecutionPlanner planner = new ExecutionPlanner();

    private static ApprovedMove move(long id, long fileId, String from, String to) {
        return new ApprovedMove(id, 2, fileId, "nas", "/srv/music", from, to, SHA, 1000, false);
    }

    private static NearbyFile file(long id, String path, boolean media) {
        return new NearbyFile(id, "nas", "/srv/music", path, SHA, 10, media);
    }

    @Test
    void stemCompanionsTravelWithTheirMediaAndTakeItsNewName() {
        ApprovedMove set = move(1, 10, "in/dj_xyz_ultra.mp3", "performances/festivals/Ultra 2019/DJ XYZ - Live @ Ultra.mp3");
        List<NearbyFile> nearby = List.of(file(10, "in/dj_xyz_ultra.mp3", true), file(11, "in/dj_xyz_ultra.cue", false),
                file(12, "in/dj_xyz_ultra.nfo", false), file(13, "in/other.mp3", true), file(14, "in/cover.jpg", false));
        ExecutionPlan plan = planner.plan(List.of(set), nearby, Map.of());
        assertEquals(1, plan.items().size());
        PlanItem item = plan.items().get(0);
        assertEquals("move", item.kind());
        assertEquals(List.of("performances/festivals/Ultra 2019/DJ XYZ - Live @ Ultra.cue",
                "performances/festivals/Ultra 2019/DJ XYZ - Live @ Ultra.nfo"),
                item.companions().stream().map(PlannedFile::to).toList());
        assertEquals(1020, item.bytes());
        // cover.jpg stays: other.mp3 in the same folder is not moving with it
        assertTrue(item.files().stream().noneMatch(f -> f.from().endsWith("cover.jpg")));
    }

    @Test
    void aFolderCompanionMovesWhenTheWholeFolderMovesTogether() {
        List<ApprovedMove> album = List.of(move(1, 10, "in/Isles/01 atlas.flac", "music/Bicep/Isles/Bicep - 01 - Atlas.flac"),
                move(2, 11, "in/Isles/02 cazenove.flac", "music/Bicep/Isles/Bicep - 02 - Cazenove.flac"));
        List<NearbyFile> nearby = List.of(file(10, "in/Isles/01 atlas.flac", true), file(11, "in/Isles/02 cazenove.flac", true),
                file(12, "in/Isles/cover.jpg", false));
        ExecutionPlan plan = planner.plan(album, nearby, Map.of());
        assertEquals(List.of("music/Bicep/Isles/cover.jpg"),
                plan.items().get(0).companions().stream().map(PlannedFile::to).toList(), "with the first");
        assertTrue(plan.items().get(1).companions().isEmpty());
    }

    @Test
    void blockedWithAReasonAndTheHashNamesThePlan() {
        List<ApprovedMove> moves = new ArrayList<>(List.of(
                move(1, 10, "a.mp3", "music/A.mp3"),
                move(2, 11, "b.mp3", "music/Taken.mp3"),
                new ApprovedMove(3, 1, 12, "nas", "/srv/music", "c.mp3", "music/C.mp3", SHA, 5, true),
                new ApprovedMove(4, 1, 13, "old", "/srv/music", "d.mp3", "music/D.mp3", SHA, 5, false),
                move(5, 14, "e.mp3", "MUSIC/a.mp3")));
        List<NearbyFile> nearby = List.of(file(10, "a.mp3", true), file(11, "b.mp3", true), file(99, "music/taken.mp3", true));
        ExecutionPlan plan = planner.plan(moves, nearby, Map.of("old", "agent old is revoked"));
        assertEquals(List.of(1L), plan.items().stream().map(PlanItem::proposalId).toList());
        Map<Long, String> reasons = new java.util.HashMap<>();
        plan.blocked().forEach(b -> reasons.put(b.proposalId(), b.reason()));
        assertTrue(reasons.get(2L).contains("taken by another file"), reasons.toString());
        assertTrue(reasons.get(3L).contains("changed since"), reasons.toString());
        assertEquals("agent old is revoked", reasons.get(4L));
        assertTrue(reasons.get(5L).contains("claimed by another item"), "case-insensitive claim: " + reasons);
        assertEquals(plan.hash(), planner.plan(moves, nearby, Map.of("old", "agent old is revoked")).hash(), "stable");
        moves.set(0, new ApprovedMove(1, 3, 10, "nas", "/srv/music", "a.mp3", "music/A.mp3", SHA, 1000, false));
        assertNotEquals(plan.hash(), planner.plan(moves, nearby, Map.of("old", "agent old is revoked")).hash(),
                "a new version of a proposal is a different plan");
        assertNotEquals(plan.hash(), planner.plan(moves.subList(0, 4), nearby, Map.of()).hash());
        assertEquals(1, plan.summary().items());
        assertEquals(4, plan.summary().blocked());
    }

    @Test
    void aCaseOnlyRenameIsARenameAndNotACollisionWithItself() {
        ExecutionPlan plan = planner.plan(List.of(move(1, 10, "music/bicep - atlas.flac", "music/Bicep - Atlas.flac")),
                List.of(file(10, "music/bicep - atlas.flac", true)), Map.of());
        assertEquals(1, plan.items().size(), plan.blocked().toString());
        assertEquals("rename", plan.items().get(0).kind());
    }
}
