package phaze.agent.discover;

import phaze.protocol.ScanScope;
import phaze.protocol.agent.DiscoveredFile;
import phaze.protocol.agent.DiscoveryChunk;
import phaze.protocol.agent.FileProblem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One scan on this agent: check the scope against the agent's own roots (the controller's word
 * is not enough to read a folder), list the tree, then hash and report files in chunks. The
 * total is reported first so the console can show progress while hashing runs.
 */
public final class Discovery {
    public static final int CHUNK_SIZE = 200;
    /**
     * Findings go out at least this often, so a slow share full of multi-gigabyte sets still shows
     * progress (and is never mistaken for a stalled scan).
     */
    static final long CHUNK_NANOS = 15_000_000_000L;

    private final Set<Path> ownRoots;
    private final LibraryWalker walker = new LibraryWalker();

    public Discovery(Set<Path> ownRoots) {
        this.ownRoots = Set.copyOf(ownRoots);
    }

    /** A scope this agent will not or cannot scan; the message goes to the operator as is. */
    public static final class ScopeRefused extends Exception {
        public ScopeRefused(String message) {
            super(message);
        }
    }

    /** Returns the number of files reported. */
    public int run(ScanScope scope, FindingsSink sink) throws ScopeRefused, IOException {
        Path root = Path.of(scope.root());
        if (!ownRoots.contains(root)) {
            throw new ScopeRefused("'" + root + "' is not one of this agent's library roots " + ownRoots);
        }
        if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
            throw new ScopeRefused("library root '" + root + "' does not exist or is not a folder");
        }
        if (!Files.isReadable(root)) {
            throw new ScopeRefused("library root '" + root + "' is not readable by the agent");
        }
        Path start = root.resolve(scope.subpath()).normalize();
        if (!start.startsWith(root) || !Files.exists(start) || !start.toRealPath().startsWith(root.toRealPath())) {
            throw new ScopeRefused(Files.exists(start)
                    ? "'" + scope.subpath() + "' leads outside the library root"
                    : "sub-folder '" + scope.subpath() + "' does not exist in '" + root + "'");
        }
        if (!Files.isDirectory(start, LinkOption.NOFOLLOW_LINKS)) {
            throw new ScopeRefused("sub-folder '" + scope.subpath() + "' is not a folder in '" + root + "'");
        }
        LibraryWalker.Listing listing = walker.walk(root, start);
        int total = listing.candidates().size() + listing.problems().size();
        List<DiscoveredFile> files = new ArrayList<>();
        List<FileProblem> problems = new ArrayList<>(listing.problems());
        boolean first = true;
        int reported = 0;
        long lastSent = System.nanoTime();
        for (LibraryWalker.Candidate candidate : listing.candidates()) {
            try {
                files.add(describe(candidate));
            } catch (IOException e) {
                problems.add(new FileProblem(candidate.relativePath(), LibraryWalker.describe(e)));
            }
            if (files.size() + problems.size() >= CHUNK_SIZE || System.nanoTime() - lastSent > CHUNK_NANOS) {
                sink.accept(new DiscoveryChunk(first ? total : null, files, problems));
                reported += files.size();
                files.clear();
                problems.clear();
                first = false;
                lastSent = System.nanoTime();
            }
        }
        if (first || !files.isEmpty() || !problems.isEmpty()) {
            sink.accept(new DiscoveryChunk(first ? total : null, files, problems));
            reported += files.size();
        }
        return reported;
    }

    private static DiscoveredFile describe(LibraryWalker.Candidate c) throws IOException {
        long size = Files.size(c.file());
        String sha256 = FileDigest.sha256(c.file());
        String modified = Files.getLastModifiedTime(c.file(), LinkOption.NOFOLLOW_LINKS).toInstant()
                .atOffset(ZoneOffset.UTC).toString();
        return new DiscoveredFile(c.relativePath(), size, sha256, c.kind().wireName(), modified);
    }
}
