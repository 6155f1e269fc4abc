package phaze.execution.control;

import java.util.List;

/**
 * One approved proposal the plan will carry out: its media file first in {@code files}, then the
 * companions that move with it. {@code kind} is "rename" (same folder, case-only included) or "move".
 */
public record PlanItem(long proposalId, int version, long fileId, String agentId, String root, String from, String to,
                       String kind, long bytes, List<PlannedFile> files) {
    public PlanItem {
        files = List.copyOf(files);
    }

    public List<PlannedFile> companions() {
        return files.subList(1, files.size());
    }
}
