package phaze.execution.control;

import phaze.path.PathValidator;
import phaze.path.PathViolation;
import phaze.path.VolumeCase;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns approved proposals into an execution plan. Plain Java, no I/O: the caller supplies the
 * approved moves, the files around them and which agents can work now.
 *
 * <p>Companions: a companion named after the media file ({@code <stem>.cue}, {@code <stem>.nfo}, …)
 * travels with it and takes its new stem; a folder-level companion ({@code cover.jpg}, an .nfo of
 * another name) travels only when every media file of its folder moves to one and the same folder,
 * with the first of them. Anything else stays where it is.
 *
 * <p>Blocked: the agent cannot work (revoked, not alive), the file changed since the proposal, the
 * path is not legal, or a destination (of the media file or a companion) is taken by a file that is
 * not moving away, or claimed twice in this plan.
 */
public final class ExecutionPlanner {

    private static final PathValidator PATHS = new PathValidator();

    /**
     * @param approved   approved proposals, any order (the plan is ordered by proposal id)
     * @param nearby     every file in the folders the approved files are in and in their destination folders
     * @param unusable   agent id → why it cannot execute now (revoked, not alive); absent = usable
     */
    public ExecutionPlan plan(List<ApprovedMove> approved, List<NearbyFile> nearby, Map<String, String> unusable) {
        List<ApprovedMove> ordered = new ArrayList<>(approved);
        ordered.sort(Comparator.comparingLong(ApprovedMove::proposalId));
        Map<String, NearbyFile> byPath = new HashMap<>();
        Map<String, List<NearbyFile>> byFolder = new HashMap<>();
        for (NearbyFile f : nearby) {
            byPath.put(key(f.agentId(), f.root(), f.relativePath()), f);
            byFolder.computeIfAbsent(key(f.agentId(), f.root(), folderOf(f.relativePath())), k -> new ArrayList<>()).add(f);
        }
        Map<Long, ApprovedMove> movingFiles = new HashMap<>();
        for (ApprovedMove m : ordered) {
            movingFiles.put(m.fileId(), m);
        }
        List<PlanItem> items = new ArrayList<>();
        List<BlockedMove> blocked = new ArrayList<>();
        Map<String, Long> claimed = new HashMap<>();
        for (ApprovedMove m : ordered) {
            String reason = unusable.get(m.agentId());
            if (reason == null && m.stale()) {
                reason = "the file changed since it was proposed; regenerate the proposal";
            }
            if (reason == null) {
                List<PathViolation> violations = PATHS.checkRename(m.currentPath(), m.proposedPath());
                if (!violations.isEmpty()) {
                    reason = "not a legal path: " + violations.get(0).message();
                }
            }
            if (reason == null && m.currentPath().equals(m.proposedPath())) {
                reason = "already there: the proposal keeps the file where it is";
            }
            List<PlannedFile> files = new ArrayList<>();
            files.add(new PlannedFile(m.fileId(), m.currentPath(), m.proposedPath(), m.sha256(), m.size()));
            if (reason == null) {
                files.addAll(companions(m, byFolder, movingFiles));
                reason = collision(m, files, byPath, movingFiles, claimed);
            }
            if (reason != null) {
                blocked.add(new BlockedMove(m.proposalId(), m.fileId(), m.agentId(), m.currentPath(), m.proposedPath(),
                        reason));
                continue;
            }
            for (PlannedFile f : files) {
                claimed.put(key(m.agentId(), m.root(), f.to()), f.fileId());
            }
            long bytes = files.stream().mapToLong(PlannedFile::size).sum();
            String kind = folderOf(m.currentPath()).equals(folderOf(m.proposedPath())) ? "rename" : "move";
            items.add(new PlanItem(m.proposalId(), m.version(), m.fileId(), m.agentId(), m.root(), m.currentPath(),
                    m.proposedPath(), kind, bytes, files));
        }
        return new ExecutionPlan(hash(items, blocked), items, blocked, summary(items, blocked));
    }

    private static List<PlannedFile> companions(ApprovedMove m, Map<String, List<NearbyFile>> byFolder,
                                                Map<Long, ApprovedMove> moving) {
        String folder = folderOf(m.currentPath());
        String stem = stemOf(nameOf(m.currentPath()));
        String newFolder = folderOf(m.proposedPath());
        String newStem = stemOf(nameOf(m.proposedPath()));
        List<NearbyFile> here = byFolder.getOrDefault(key(m.agentId(), m.root(), folder), List.of());
        List<NearbyFile> media = here.stream().filter(NearbyFile::media).toList();
        boolean wholeFolderMovesTogether = !media.isEmpty() && media.stream().allMatch(f -> {
            ApprovedMove other = moving.get(f.fileId());
            return other != null && folderOf(other.proposedPath()).equals(newFolder) && !newFolder.equals(folder);
        });
        boolean firstOfFolder = media.stream().mapToLong(f -> moving.get(f.fileId()) == null ? Long.MAX_VALUE
                : moving.get(f.fileId()).proposalId()).min().orElse(Long.MAX_VALUE) == m.proposalId();
        List<PlannedFile> travelling = new ArrayList<>();
        for (NearbyFile f : here) {
            if (f.media()) {
                continue;
            }
            String name = nameOf(f.relativePath());
            String to;
            if (name.startsWith(stem + ".") && !stem.isEmpty()) {
                to = join(newFolder, newStem + name.substring(stem.length()));
            } else if (wholeFolderMovesTogether && firstOfFolder && !sharesAnotherStem(name, media, stem)) {
                to = join(newFolder, name);
            } else {
                continue;
            }
            travelling.add(new PlannedFile(f.fileId(), f.relativePath(), to, f.sha256(), f.size()));
        }
        travelling.sort(Comparator.comparing(PlannedFile::from));
        return travelling;
    }

    /** A companion named after another media file of the folder belongs to that one. */
    private static boolean sharesAnotherStem(String name, List<NearbyFile> media, String ownStem) {
        return media.stream().map(f -> stemOf(nameOf(f.relativePath())))
                .anyMatch(s -> !s.equals(ownStem) && !s.isEmpty() && name.startsWith(s + "."));
    }

    private static String collision(ApprovedMove m, List<PlannedFile> files, Map<String, NearbyFile> byPath,
                                    Map<Long, ApprovedMove> moving, Map<String, Long> claimed) {
        Set<Long> own = new java.util.HashSet<>();
        files.forEach(f -> own.add(f.fileId()));
        for (PlannedFile f : files) {
            String k = key(m.agentId(), m.root(), f.to());
            Long other = claimed.get(k);
            if (other != null) {
                return "'" + f.to() + "' is claimed by another item of this plan";
            }
            NearbyFile there = byPath.get(k);
            if (there != null && !own.contains(there.fileId())) {
                if (moving.containsKey(there.fileId())) {
                    return "'" + f.to() + "' is held by a file that moves away in this plan; run again after it";
                }
                return "'" + f.to() + "' is taken by another file";
            }
        }
        return null;
    }

    private static ExecutionPlan.Summary summary(List<PlanItem> items, List<BlockedMove> blocked) {
        Map<String, ExecutionPlan.AgentShare> agents = new TreeMap<>();
        int renames = 0;
        long bytes = 0;
        for (PlanItem item : items) {
            renames += "rename".equals(item.kind()) ? 1 : 0;
            bytes += item.bytes();
            ExecutionPlan.AgentShare share = agents.getOrDefault(item.agentId(), new ExecutionPlan.AgentShare(0, 0));
            agents.put(item.agentId(), new ExecutionPlan.AgentShare(share.items() + 1, share.bytes() + item.bytes()));
        }
        return new ExecutionPlan.Summary(items.size(), renames, items.size() - renames, bytes, blocked.size(),
                new LinkedHashMap<>(agents));
    }

    /** SHA-256 over every item (proposal, version, file, hash, every from → to) and every blocked reason. */
    static String hash(List<PlanItem> items, List<BlockedMove> blocked) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (PlanItem item : items) {
                line(digest, "item", item.proposalId(), item.version(), item.agentId(), item.root());
                for (PlannedFile f : item.files()) {
                    line(digest, "file", f.fileId(), f.sha256(), f.size(), f.from(), f.to());
                }
            }
            for (BlockedMove b : blocked) {
                line(digest, "blocked", b.proposalId(), b.reason());
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void line(MessageDigest digest, Object... parts) {
        StringBuilder text = new StringBuilder();
        for (Object part : parts) {
            text.append(part).append('\u0000');
        }
        text.append('\n');
        digest.update(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Case-insensitively, as SMB and macOS compare names: two files that differ only in case collide there. */
    static String key(String agentId, String root, String path) {
        return agentId + '\u0000' + root + '\u0000' + VolumeCase.INSENSITIVE.key(path);
    }

    static String folderOf(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    static String nameOf(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    static String stemOf(String name) {
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? name : name.substring(0, dot);
    }

    private static String join(String folder, String name) {
        return folder.isEmpty() ? name : folder + "/" + name;
    }
}
