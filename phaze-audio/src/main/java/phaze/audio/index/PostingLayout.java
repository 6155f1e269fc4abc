package phaze.audio.index;

import phaze.audio.fingerprint.Engine;

/**
 * How one segment packs a posting: the hash's top {@code dirBits} select a directory bucket, the
 * remaining hash bits, the reference id and the engine's point share one little-endian word of
 * {@code width} bytes. A big segment has a full directory and stores no hash bits at all, so a
 * landmark posting costs 6 bytes and a robust one 8.
 */
record PostingLayout(Engine engine, int dirBits) {
    static final int REF_BITS = 22;
    static final int MAX_REFS = 1 << REF_BITS;

    PostingLayout {
        if (dirBits > engine.hashBits() || dirBits < minDirBits(engine)) {
            throw new IllegalArgumentException("directory bits " + dirBits + " invalid for " + engine);
        }
    }

    /** Chooses about one hash value per bucket for {@code postings}, within what the word allows. */
    static PostingLayout forCount(Engine engine, long postings) {
        int wanted = 64 - Long.numberOfLeadingZeros(Math.max(1, postings / 2));
        return new PostingLayout(engine, Math.max(minDirBits(engine), Math.min(engine.hashBits(), wanted)));
    }

    static int minDirBits(Engine engine) {
        return Math.max(4, engine.hashBits() + payloadBits(engine) - 64);
    }

    static int payloadBits(Engine engine) {
        return REF_BITS + engine.pointBits();
    }

    int payloadBits() {
        return payloadBits(engine);
    }

    int remainderBits() {
        return engine.hashBits() - dirBits;
    }

    int width() {
        return (remainderBits() + payloadBits() + 7) / 8;
    }

    int bucketOf(int hash) {
        return hash >>> remainderBits();
    }

    long encode(int hash, int ref, long point) {
        long remainder = hash & ((1L << remainderBits()) - 1);
        return remainder << payloadBits() | (long) ref << engine.pointBits() | point;
    }

    int remainderOf(long word) {
        return (int) (word >>> payloadBits());
    }

    int remainderOfHash(int hash) {
        return (int) (hash & ((1L << remainderBits()) - 1));
    }

    int refOf(long word) {
        return (int) (word >>> engine.pointBits()) & (MAX_REFS - 1);
    }

    long pointOf(long word) {
        return word & ((1L << engine.pointBits()) - 1);
    }
}
