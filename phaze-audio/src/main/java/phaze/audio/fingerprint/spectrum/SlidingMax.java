package phaze.audio.fingerprint.spectrum;

/**
 * The max over +-radius bins of every bin of a spectrum, the window clamped at the edges, in three
 * comparisons per bin whatever the radius (van Herk / Gil-Werman). The plain scan cost 19 per bin at
 * the landmark engine's radius and was a quarter of the ingest's Java time. Maxima are exact, so the
 * peaks picked from them are the same; NaN never wins a comparison, as in a plain scan.
 */
final class SlidingMax {
    private final int bins;
    private final int radius;
    private final int width;
    private final float[] prefix;
    private final float[] suffix;

    SlidingMax(int bins, int radius) {
        this.bins = bins;
        this.radius = radius;
        this.width = 2 * radius + 1;
        this.prefix = new float[bins];
        this.suffix = new float[bins];
    }

    void apply(float[] v, float[] result) {
        if (bins <= 2 * width) {
            scan(v, result);
            return;
        }
        // running maxima from the start and from the end of each block of one window's width
        for (int start = 0; start < bins; start += width) {
            int end = Math.min(bins, start + width);
            float run = Float.NEGATIVE_INFINITY;
            for (int b = start; b < end; b++) {
                run = v[b] > run ? v[b] : run;
                prefix[b] = run;
            }
            run = Float.NEGATIVE_INFINITY;
            for (int b = end - 1; b >= start; b--) {
                run = v[b] > run ? v[b] : run;
                suffix[b] = run;
            }
        }
        // a full window spans at most two blocks: the first one's suffix and the next one's prefix
        for (int b = radius; b < bins - radius; b++) {
            float left = suffix[b - radius];
            float right = prefix[b + radius];
            result[b] = right > left ? right : left;
        }
        // clamped windows: on the left all in the first block; on the right the last block is cut
        // at the last bin, so its suffix ends there
        for (int b = 0; b < radius; b++) {
            result[b] = prefix[b + radius];
        }
        int last = bins - 1;
        for (int b = bins - radius; b < bins; b++) {
            int lo = b - radius;
            float left = suffix[lo];
            float right = prefix[last];
            boolean oneBlock = lo / width == last / width;
            result[b] = oneBlock ? left : right > left ? right : left;
        }
    }

    /** The plain scan, for spectra too narrow for blocks. */
    private void scan(float[] v, float[] result) {
        for (int b = 0; b < bins; b++) {
            float best = Float.NEGATIVE_INFINITY;
            int lo = Math.max(0, b - radius);
            int hi = Math.min(bins - 1, b + radius);
            for (int k = lo; k <= hi; k++) {
                if (v[k] > best) {
                    best = v[k];
                }
            }
            result[b] = best;
        }
    }
}
