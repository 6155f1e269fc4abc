package phaze.audio.index;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The append-only log of references: {@code A id seconds path} adds one, {@code D id} retires one
 * (re-indexing a path retires its old id; its postings are dropped at the next merge). Replayed on
 * open; lookups are lock-free.
 */
final class Catalog {
    private final Path file;
    private final Map<Integer, Reference> byId = new ConcurrentHashMap<>();
    private final Map<String, Integer> byPath = new ConcurrentHashMap<>();
    private int nextId;

    private Catalog(Path file) {
        this.file = file;
    }

    static Catalog open(Path file) throws IOException {
        Catalog c = new Catalog(file);
        if (Files.exists(file)) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (String line : lines) {
                c.replay(line);
            }
        }
        return c;
    }

    private void replay(String line) {
        String[] f = line.split("\t", 4);
        if (f[0].equals("A") && f.length == 4) {
            Reference r = new Reference(Integer.parseInt(f[1]), unescape(f[3]), Double.parseDouble(f[2]));
            byId.put(r.id(), r);
            Integer old = byPath.put(r.path(), r.id());
            if (old != null) {
                byId.remove(old);
            }
            nextId = Math.max(nextId, r.id() + 1);
        } else if (f[0].equals("D") && f.length >= 2) {
            Reference r = byId.remove(Integer.parseInt(f[1]));
            if (r != null) {
                byPath.remove(r.path(), r.id());
            }
        }
    }

    synchronized int allocate() {
        if (nextId >= PostingLayout.MAX_REFS) {
            throw new IllegalStateException("index holds the maximum of " + PostingLayout.MAX_REFS + " references");
        }
        return nextId++;
    }

    /** Records new references (retiring older ids of the same paths) durably, in one append. */
    synchronized void publish(List<Reference> added) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (Reference r : added) {
            Integer old = byPath.get(r.path());
            if (old != null && old != r.id()) {
                sb.append("D\t").append(old).append('\n');
            }
            sb.append("A\t").append(r.id()).append('\t').append(r.seconds()).append('\t').append(escape(r.path())).append('\n');
        }
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND, StandardOpenOption.WRITE, StandardOpenOption.DSYNC)) {
            w.write(sb.toString());
        }
        for (Reference r : added) {
            Integer old = byPath.put(r.path(), r.id());
            byId.put(r.id(), r);
            if (old != null && old != r.id()) {
                byId.remove(old);
            }
        }
    }

    /** One more than the highest id handed out so far. */
    synchronized int idLimit() {
        return nextId;
    }

    /** The live reference with this id, or empty when it was retired or never published. */
    Optional<Reference> get(int id) {
        return Optional.ofNullable(byId.get(id));
    }

    boolean isLive(int id) {
        return byId.containsKey(id);
    }

    int liveCount() {
        return byId.size();
    }

    double liveSeconds() {
        return byId.values().stream().mapToDouble(Reference::seconds).sum();
    }

    /** Paths may hold tabs, newlines and backslashes; the log is one record per line. */
    static String escape(String path) {
        return path.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    static String unescape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                sb.append(n == 't' ? '\t' : n == 'n' ? '\n' : n == 'r' ? '\r' : n);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
