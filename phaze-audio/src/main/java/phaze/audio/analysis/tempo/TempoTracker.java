package phaze.audio.analysis.tempo;

/**
 * Streams the onset envelope into per-window tempo readings (for the timeline) and a whole-stream
 * autocorrelation (for the file's tempo), and keeps the start of the envelope for beat tracking.
 * Memory is bounded by one window plus the beat tracker's cap.
 */
public final class TempoTracker implements OnsetListener {
    /** Shorter windows hold too few beats for a reading at the slowest tempo. */
    private static final double MIN_WINDOW_SECONDS = 6;

    private final double frameRate;
    private final int maxLag;
    private final float[] window;
    private final double[] globalAcf;
    private final BeatTracker beats;
    private int windowFill;
    private double globalWeight;

    /**
     * @param frameRate          onset frames per second
     * @param frameOffsetSeconds time of frame 0's onset (half the STFT window)
     * @param windowSeconds      the timeline window; a window never grows beyond 1.5 times this
     */
    public TempoTracker(double frameRate, double frameOffsetSeconds, double windowSeconds) {
        this.frameRate = frameRate;
        this.maxLag = TempoSalience.maxLag(frameRate);
        this.window = new float[(int) Math.ceil(windowSeconds * 1.5 * frameRate)];
        this.globalAcf = new double[maxLag];
        this.beats = new BeatTracker(frameRate, frameOffsetSeconds);
    }

    @Override
    public void onset(float strength) {
        if (windowFill == window.length) {
            closeWindow();
        }
        window[windowFill++] = strength;
        beats.onset(strength);
    }

    /** Tempo of the frames since the previous call, which also count toward the whole-stream tempo. */
    public TempoEstimate closeWindow() {
        int n = windowFill;
        windowFill = 0;
        if (n < MIN_WINDOW_SECONDS * frameRate) {
            return TempoEstimate.unknown();
        }
        double[] acf = Autocorrelation.of(window, n, maxLag);
        if (acf == null) {
            return TempoEstimate.unknown();
        }
        for (int lag = 0; lag < maxLag; lag++) {
            globalAcf[lag] += acf[lag] * n;
        }
        globalWeight += n;
        return TempoSalience.estimate(acf, frameRate);
    }

    /** Whole-stream tempo; call after the last {@link #closeWindow()}. */
    public TempoEstimate estimate() {
        if (globalWeight == 0) {
            return TempoEstimate.unknown();
        }
        double[] acf = new double[maxLag];
        for (int lag = 0; lag < maxLag; lag++) {
            acf[lag] = globalAcf[lag] / globalWeight;
        }
        return TempoSalience.estimate(acf, frameRate);
    }

    public BeatGrid beatGrid(TempoEstimate tempo) {
        return tempo.isKnown() ? beats.track(tempo.bpm()) : BeatGrid.empty();
    }
}
