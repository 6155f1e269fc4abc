package phaze.audio.fingerprint.spectrum;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Streams local maxima of a spectrogram (max over +-{@code binRadius} bins and +-{@code frameRadius}
 * frames), whitened by a per-bin running mean so bass-heavy mixes and pink noise do not own every
 * peak, then keeps the {@code perBlock} most prominent peaks of each block of frames, prominence
 * being whitened height plus a share of the level above the frame's mean (loud peaks survive noise). The per-block
 * quota is what makes peak density, and so index size, predictable.
 */
public final class PeakPicker {
    private static final float MEAN_DECAY = 0.985f; // ~1 s memory at 62.5 frames/s
    private static final float MIN_PROMINENCE = 1.0f; // log2 units: 3 dB above the bin's usual level

    private final int bins;
    private final int frameRadius;
    private final int blockFrames;
    private final int perBlock;
    private final PeakListener out;
    private final float[][] values;
    private final float[][] rowMax;
    private final float[] mean;
    private final float[][] level;
    private final SlidingMax slidingMax;
    private final float levelWeight;
    private final List<Peak> block = new ArrayList<>();
    private int frames;
    private int blockStart;

    /**
     * @param levelWeight how much a peak's level above its frame's mean adds to its prominence: whitening
     *                    alone favours weak high-frequency peaks that the first noise drowns
     */
    public PeakPicker(int bins, int binRadius, int frameRadius, int blockFrames, int perBlock, float levelWeight,
                      PeakListener out) {
        this.levelWeight = levelWeight;
        this.bins = bins;
        this.frameRadius = frameRadius;
        this.blockFrames = blockFrames;
        this.perBlock = perBlock;
        this.out = out;
        int ring = 2 * frameRadius + 1;
        values = new float[ring][bins];
        rowMax = new float[ring][bins];
        mean = new float[bins];
        level = new float[ring][bins];
        slidingMax = new SlidingMax(bins, binRadius);
    }

    /** Adds the next frame of (log) magnitudes. */
    public void frame(float[] logPower) {
        int slot = frames % values.length;
        float[] v = values[slot];
        float frameMean = 0;
        for (int b = 0; b < bins; b++) {
            frameMean += logPower[b];
        }
        frameMean /= bins;
        for (int b = 0; b < bins; b++) {
            level[slot][b] = logPower[b] - frameMean;
        }
        for (int b = 0; b < bins; b++) {
            float x = logPower[b];
            mean[b] = frames == 0 ? x : MEAN_DECAY * mean[b] + (1 - MEAN_DECAY) * x;
            v[b] = x - mean[b];
        }
        slidingMax.apply(v, rowMax[slot]);
        frames++;
        if (frames > 2 * frameRadius) {
            examine(frames - 1 - frameRadius);
        }
    }

    public void end() {
        for (int c = Math.max(0, frames - frameRadius); c < frames; c++) {
            examine(c);
        }
        flushBlock();
        out.end();
    }

    private void examine(int centre) {
        if (centre - blockStart >= blockFrames) {
            flushBlock();
            blockStart = centre - (centre % blockFrames);
        }
        float[] v = values[centre % values.length];
        float[] m = rowMax[centre % values.length];
        int first = Math.max(0, centre - frameRadius);
        int last = Math.min(frames - 1, centre + frameRadius);
        for (int b = 1; b < bins - 1; b++) {
            float x = v[b];
            if (x < MIN_PROMINENCE || x < m[b]) {
                continue;
            }
            if (isTimeMax(x, b, centre, first, last)) {
                block.add(new Peak(centre, b, x + levelWeight * level[centre % values.length][b]));
            }
        }
    }

    private boolean isTimeMax(float x, int b, int centre, int first, int last) {
        for (int f = first; f <= last; f++) {
            if (f == centre) {
                continue;
            }
            float other = rowMax[f % values.length][b];
            if (other > x || (other == x && f < centre)) { // ties go to the earliest frame
                return false;
            }
        }
        return true;
    }

    private void flushBlock() {
        if (block.isEmpty()) {
            return;
        }
        block.sort(Comparator.comparingDouble((Peak p) -> -p.prominence()));
        List<Peak> kept = new ArrayList<>(block.subList(0, Math.min(perBlock, block.size())));
        kept.sort(Comparator.comparingInt(Peak::frame).thenComparingInt(Peak::bin));
        kept.forEach(out::peak);
        block.clear();
    }
}
