package phaze.audio.analysis.loudness;

import phaze.audio.decode.PcmFormat;
import phaze.audio.decode.PcmSink;

/**
 * Streaming EBU R128 meter: K-weighting, 100 ms sub-blocks, 400 ms momentary blocks (75 % overlap)
 * for integrated loudness, 3 s short-term blocks every 100 ms for the loudness range. Memory is
 * constant (histograms, not block lists). Besides the whole-stream result it reports the loudness
 * of each timeline window via {@link #closeWindow()}.
 */
public final class LoudnessMeter implements PcmSink {
    private static final int MOMENTARY_SUBBLOCKS = 4;
    private static final int SHORT_TERM_SUBBLOCKS = 30;

    private final int channels;
    private final double[] channelWeights;
    private final Biquad[] shelves;
    private final Biquad[] highPasses;
    private final int subBlockFrames;
    /** K-weighted samples of the current sub-block segment, per channel. */
    private final double[][] weighted;
    private final double[] subBlockEnergies = new double[SHORT_TERM_SUBBLOCKS];
    private final LoudnessHistogram momentary = new LoudnessHistogram();
    private final LoudnessHistogram shortTerm = new LoudnessHistogram();
    private final TruePeakDetector truePeak;
    private final LoudnessHistogram window = new LoudnessHistogram();
    private double subBlockSum;
    private int subBlockFill;
    private long subBlocks;

    public LoudnessMeter(PcmFormat format) {
        channels = format.channels();
        channelWeights = weights(channels);
        shelves = new Biquad[channels];
        highPasses = new Biquad[channels];
        Biquad shelf = KWeighting.shelf(format.sampleRate());
        Biquad highPass = KWeighting.highPass(format.sampleRate());
        for (int c = 0; c < channels; c++) {
            shelves[c] = shelf.copy();
            highPasses[c] = highPass.copy();
        }
        subBlockFrames = format.sampleRate() / 10;
        weighted = new double[channels][subBlockFrames];
        truePeak = new TruePeakDetector(channels);
    }

    /**
     * Sub-block by sub-block: peaks over the frames in stream order, K-weighting channel by channel
     * ({@link Biquad#cascade}), then the weighted energies summed frame by frame in the order they
     * always were, so the result is the same to the bit.
     */
    @Override
    public void accept(float[] interleaved, int frames) {
        int done = 0;
        while (done < frames) {
            int take = Math.min(frames - done, subBlockFrames - subBlockFill);
            truePeak.accept(interleaved, done * channels, take);
            for (int c = 0; c < channels; c++) {
                shelves[c].cascade(highPasses[c], interleaved, done * channels + c, channels, take, weighted[c]);
            }
            double sum = subBlockSum;
            for (int k = 0; k < take; k++) {
                double energy = 0;
                for (int c = 0; c < channels; c++) {
                    double y = weighted[c][k];
                    energy += channelWeights[c] * y * y;
                }
                sum += energy;
            }
            subBlockSum = sum;
            subBlockFill += take;
            done += take;
            if (subBlockFill == subBlockFrames) {
                closeSubBlock();
            }
        }
    }

    private void closeSubBlock() {
        subBlockEnergies[(int) (subBlocks % SHORT_TERM_SUBBLOCKS)] = subBlockSum / subBlockFrames;
        subBlocks++;
        subBlockSum = 0;
        subBlockFill = 0;
        if (subBlocks >= MOMENTARY_SUBBLOCKS) {
            double e = meanOfLast(MOMENTARY_SUBBLOCKS);
            momentary.add(e);
            window.add(e);
        }
        if (subBlocks >= SHORT_TERM_SUBBLOCKS) {
            shortTerm.add(meanOfLast(SHORT_TERM_SUBBLOCKS));
        }
    }

    private double meanOfLast(int n) {
        double sum = 0;
        for (int k = 1; k <= n; k++) {
            sum += subBlockEnergies[(int) ((subBlocks - k) % SHORT_TERM_SUBBLOCKS)];
        }
        return sum / n;
    }

    /** Gated loudness of the blocks since the previous call; starts the next window. */
    public double closeWindow() {
        double lufs = window.gatedLoudness(-10.0);
        window.clear();
        return lufs;
    }

    public LoudnessMeasurement measurement() {
        double integrated = momentary.gatedLoudness(-10.0);
        return new LoudnessMeasurement(integrated, shortTerm.range(), dbfs(truePeak.samplePeak()), dbfs(truePeak.peak()),
                Double.isInfinite(integrated) ? 0.0 : LoudnessMeasurement.REPLAYGAIN_REFERENCE_LUFS - integrated);
    }

    private static double dbfs(double amplitude) {
        return amplitude <= 0 ? Double.NEGATIVE_INFINITY : 20.0 * Math.log10(amplitude);
    }

    /** BS.1770 channel weights: surrounds of a 5.1 stream count 1.41, the LFE not at all. */
    private static double[] weights(int channels) {
        double[] w = new double[channels];
        java.util.Arrays.fill(w, 1.0);
        if (channels == 6) {
            w[3] = 0.0;
            w[4] = 1.41;
            w[5] = 1.41;
        }
        return w;
    }
}
