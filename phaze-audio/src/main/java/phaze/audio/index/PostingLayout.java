package phaze.audio.index;

import phaze.audio.fingerprint.Engine;

/**
 * How one segment groups postings: the hash's top {@code dirBits} select a directory bucket; the
 * remaining hash bits (the remainder) are coded inside the bucket. A segment gets about
 * {@link #POSTINGS_PER_BUCKET} postings per bucket, so small segments do not pay for a directory
 * entry per hash value, while a large one has a full directory and codes no hash bits at all.
 */
record PostingLayout(Engine engine, int dirBits) {
    static final int REF_BITS = 22;
    static final int MAX_REFS = 1 << REF_BITS;
    /**
     * A directory entry plus a bucket header cost ~60 bits; at 24 postings per bucket that is
     * ~2.5 bits per posting, and a lookup scans at most a few dozen postings of other hashes.
     */
    static final int POSTINGS_PER_BUCKET = 24;
    /** Remainders are sorted in a long together with the reference id (22 bits) and a 24-bit slot. */
    static final int MAX_REMAINDER_BITS = 16;

    PostingLayout {
        if (dirBits > engine.hashBits() || dirBits < minDirBits(engine)) {
            throw new IllegalArgumentException("directory bits " + dirBits + " invalid for " + engine);
        }
    }

    /** Chooses the directory size for {@code postings}. */
    static PostingLayout forCount(Engine engine, long postings) {
        long perBucket = Math.max(1, postings / POSTINGS_PER_BUCKET);
        int wanted = 63 - Long.numberOfLeadingZeros(perBucket);
        return new PostingLayout(engine, Math.max(minDirBits(engine), Math.min(engine.hashBits(), wanted)));
    }

    static int minDirBits(Engine engine) {
        return Math.max(4, engine.hashBits() - MAX_REMAINDER_BITS);
    }

    int remainderBits() {
        return engine.hashBits() - dirBits;
    }

    int buckets() {
        return 1 << dirBits;
    }

    int bucketOf(int hash) {
        return hash >>> remainderBits();
    }

    int remainderOfHash(int hash) {
        return (int) (hash & ((1L << remainderBits()) - 1));
    }
}
