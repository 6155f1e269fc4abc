package phaze.audio.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import phaze.audio.fingerprint.Engine;
import phaze.audio.fingerprint.Fingerprint;
import phaze.audio.fingerprint.Fingerprints;

/**
 * The persistent fingerprint index in one directory: an append-only reference catalog, immutable
 * memory-mapped segments per engine, and a manifest naming the live segments. Adds are buffered
 * and become visible at {@link #commit()}; queries read an immutable snapshot and never block, so
 * they run concurrently with indexing and merging. One writer process per directory.
 */
public final class FingerprintIndex implements AutoCloseable {
    static final String MANIFEST = "manifest";
    static final String CATALOG = "catalog.log";
    /** More segments than this per engine triggers a merge of the smallest ones at commit. */
    static final int MAX_SEGMENTS = 8;
    private static final long MAX_SEGMENT_BYTES = 1_800_000_000L;

    private final Path dir;
    private final Catalog catalog;
    private final Map<Engine, PostingBuffer> pending = new EnumMap<>(Engine.class);
    private final List<Reference> pendingRefs = new ArrayList<>();
    private volatile Snapshot snapshot;
    private long nextSegment;

    private FingerprintIndex(Path dir, Catalog catalog, Snapshot snapshot, long nextSegment) {
        this.dir = dir;
        this.catalog = catalog;
        this.snapshot = snapshot;
        this.nextSegment = nextSegment;
    }

    /** Opens (creating if needed) the index stored in {@code dir}. */
    /** An opened index, and where an older-format index was set aside to make room for it (or null). */
    public record Opened(FingerprintIndex index, Path setAside) {
    }

    /**
     * Opens the index; one in an older format is moved aside (never deleted: it is the operator's to
     * remove) and a new, empty one started — the index is derived data, rebuilt by indexing again.
     */
    public static Opened openOrSetAside(Path dir) throws IOException {
        try {
            return new Opened(open(dir), null);
        } catch (OlderIndexFormatException e) {
            Path aside = dir.resolveSibling(dir.getFileName() + ".older-format-" + System.currentTimeMillis());
            Files.move(dir, aside);
            return new Opened(open(dir), aside);
        }
    }

    public static FingerprintIndex open(Path dir) throws IOException {
        Files.createDirectories(dir);
        Map<Engine, List<Segment>> segments = new EnumMap<>(Engine.class);
        long next = 0;
        Path manifest = dir.resolve(MANIFEST);
        if (Files.exists(manifest)) {
            for (String name : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
                if (name.isBlank()) {
                    continue;
                }
                Segment s = Segment.open(dir.resolve(name));
                segments.computeIfAbsent(s.engine(), e -> new ArrayList<>()).add(s);
                next = Math.max(next, sequenceOf(name) + 1);
            }
        }
        return new FingerprintIndex(dir, Catalog.open(dir.resolve(CATALOG)), Snapshot.of(segments), next);
    }

    /**
     * Queues a recording for the next commit. {@code path} is returned verbatim by matches; adding
     * the same path again replaces the earlier recording once committed.
     */
    public synchronized Reference add(String path, Fingerprints fingerprints) {
        Reference ref = new Reference(catalog.allocate(), path, fingerprints.seconds());
        for (Fingerprint f : fingerprints.byEngine().values()) {
            PostingBuffer buf = pending.computeIfAbsent(f.engine(), PostingBuffer::new);
            int[] hashes = f.hashes();
            long[] points = f.points();
            long pointLimit = 1L << f.engine().pointBits();
            for (int i = 0; i < hashes.length; i++) {
                if (points[i] < pointLimit) { // beyond 74 h (landmark) or 18 h (robust) a frame no longer fits
                    buf.add(hashes[i], ref.id(), points[i]);
                }
            }
        }
        pendingRefs.add(ref);
        return ref;
    }

    /** Postings waiting for {@link #commit()}, to let callers bound their memory. */
    public synchronized long pendingPostings() {
        return pending.values().stream().mapToLong(PostingBuffer::size).sum();
    }

    /** Makes every queued recording durable and visible to queries. */
    public synchronized void commit() throws IOException {
        if (pendingRefs.isEmpty()) {
            return;
        }
        Map<Engine, List<Segment>> next = snapshot.copy();
        for (PostingBuffer buf : pending.values()) {
            if (buf.size() == 0) {
                continue;
            }
            Path file = dir.resolve(segmentName(buf.engine()));
            SegmentWriter.write(file, buf);
            next.computeIfAbsent(buf.engine(), e -> new ArrayList<>()).add(Segment.open(file));
        }
        writeManifest(next);
        catalog.publish(pendingRefs);
        snapshot = Snapshot.of(next);
        pending.clear();
        pendingRefs.clear();
        for (Engine e : Engine.values()) {
            if (snapshot.segments(e).size() > MAX_SEGMENTS) {
                mergeSmallest(e);
            }
        }
    }

    /** Merges every segment of every engine into one each, dropping replaced recordings. */
    public synchronized void optimize() throws IOException {
        for (Engine e : Engine.values()) {
            List<Segment> all = snapshot.segments(e);
            if (all.size() > 1 || !all.isEmpty() && all.get(0).count() > 0) {
                merge(e, all);
            }
        }
    }

    private void mergeSmallest(Engine engine) throws IOException {
        List<Segment> bySize = new ArrayList<>(snapshot.segments(engine));
        bySize.sort(Comparator.comparingLong(Segment::count));
        List<Segment> chosen = new ArrayList<>();
        long bytes = 0;
        for (Segment s : bySize) {
            long b = s.bytes();
            if (chosen.size() >= 2 && (bytes + b > MAX_SEGMENT_BYTES || chosen.size() == MAX_SEGMENTS)) {
                break;
            }
            chosen.add(s);
            bytes += b;
        }
        if (chosen.size() >= 2) {
            merge(engine, chosen);
        }
    }

    private void merge(Engine engine, List<Segment> inputs) throws IOException {
        Path file = dir.resolve(segmentName(engine));
        SegmentMerger.merge(inputs, catalog::isLive, file);
        Map<Engine, List<Segment>> next = snapshot.copy();
        next.get(engine).removeAll(inputs);
        next.get(engine).add(Segment.open(file));
        writeManifest(next);
        snapshot = Snapshot.of(next);
        for (Segment s : inputs) {
            Files.deleteIfExists(s.file()); // readers keep their mapping; Linux frees it when they are done
        }
    }

    /** Calls the visitor for every live posting of {@code hash} in the current snapshot. */
    public void lookup(Engine engine, int hash, PostingVisitor visitor) {
        for (Segment s : snapshot.segments(engine)) {
            s.lookup(hash, visitor::posting);
        }
    }

    /** How many postings {@code hash} has; reads bucket headers only, except in small segments. */
    public long postingCount(Engine engine, int hash) {
        long n = 0;
        for (Segment s : snapshot.segments(engine)) {
            n += s.postingCount(hash);
        }
        return n;
    }

    /** Every reference id in postings is below this: lets a query count hits in a plain array. */
    public int referenceIdLimit() {
        return catalog.idLimit();
    }

    public Optional<Reference> reference(int id) {
        return catalog.get(id);
    }

    public IndexStats stats() throws IOException {
        long bytes = 0;
        Map<Engine, Long> postings = new EnumMap<>(Engine.class);
        for (Engine e : Engine.values()) {
            long n = 0;
            for (Segment s : snapshot.segments(e)) {
                n += s.count();
                bytes += Files.size(s.file());
            }
            postings.put(e, n);
        }
        bytes += Files.exists(dir.resolve(CATALOG)) ? Files.size(dir.resolve(CATALOG)) : 0;
        return new IndexStats(catalog.liveCount(), catalog.liveSeconds(), postings, bytes);
    }

    @Override
    public synchronized void close() throws IOException {
        commit();
    }

    private String segmentName(Engine engine) {
        return String.format("%s-%08d.seg", engine.cliName(), nextSegment++);
    }

    private static long sequenceOf(String name) {
        int dash = name.lastIndexOf('-');
        return Long.parseLong(name.substring(dash + 1, name.indexOf('.', dash)));
    }

    private void writeManifest(Map<Engine, List<Segment>> segments) throws IOException {
        StringBuilder sb = new StringBuilder();
        segments.values().forEach(list -> list.forEach(s -> sb.append(s.file().getFileName()).append('\n')));
        Path tmp = dir.resolve(MANIFEST + ".tmp");
        Files.writeString(tmp, sb.toString(), StandardCharsets.UTF_8);
        try (var ch = java.nio.channels.FileChannel.open(tmp, java.nio.file.StandardOpenOption.WRITE)) {
            ch.force(true);
        }
        Files.move(tmp, dir.resolve(MANIFEST), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Receives one posting: the reference id and the engine's packed point. */
    public interface PostingVisitor {
        void posting(int ref, long point);
    }

    /** Immutable view of the live segments; replaced wholesale, never changed. */
    private record Snapshot(Map<Engine, List<Segment>> byEngine) {
        static Snapshot of(Map<Engine, List<Segment>> segments) {
            Map<Engine, List<Segment>> copy = new EnumMap<>(Engine.class);
            for (Engine e : Engine.values()) {
                copy.put(e, List.copyOf(segments.getOrDefault(e, List.of())));
            }
            return new Snapshot(copy);
        }

        List<Segment> segments(Engine e) {
            return byEngine.get(e);
        }

        Map<Engine, List<Segment>> copy() {
            Map<Engine, List<Segment>> m = new EnumMap<>(Engine.class);
            byEngine.forEach((e, l) -> m.put(e, new ArrayList<>(l)));
            return m;
        }
    }

}
