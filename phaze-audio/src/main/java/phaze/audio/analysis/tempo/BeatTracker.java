package phaze.audio.analysis.tempo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Dynamic-programming beat tracking after Ellis (2007): choose beat frames that maximise onset
 * strength plus a penalty on the squared log-deviation of each inter-beat interval from the tempo's
 * period. Keeps the onset envelope of the first {@link #MAX_TRACKED_SECONDS} only, so memory is
 * bounded for 8-hour recordings.
 */
final class BeatTracker {
    static final int MAX_TRACKED_SECONDS = 20 * 60;
    /** Ellis' tightness: how strongly intervals are held to the period. */
    private static final double TIGHTNESS = 400;

    private final double frameRate;
    private final double frameOffsetSeconds;
    private final float[] envelope;
    private int length;

    BeatTracker(double frameRate, double frameOffsetSeconds) {
        this.frameRate = frameRate;
        this.frameOffsetSeconds = frameOffsetSeconds;
        this.envelope = new float[(int) (MAX_TRACKED_SECONDS * frameRate)];
    }

    void onset(float value) {
        if (length < envelope.length) {
            envelope[length++] = value;
        }
    }

    BeatGrid track(double bpm) {
        double period = 60.0 * frameRate / bpm;
        if (Double.isNaN(bpm) || length < 4 * period) {
            return BeatGrid.empty();
        }
        float[] o = normalized();
        double[] score = new double[length];
        int[] from = new int[length];
        Arrays.fill(from, -1);
        int reach = (int) Math.round(2 * period);
        int nearest = Math.max(1, (int) Math.round(period / 2));
        // the penalty depends only on the interval: one logarithm per interval, not per (beat, interval)
        double[] penalty = new double[reach + 1];
        for (int interval = nearest; interval <= reach; interval++) {
            double dev = Math.log(interval / period);
            penalty[interval] = TIGHTNESS * dev * dev;
        }
        for (int t = 0; t < length; t++) {
            double best = 0;
            int arg = -1;
            for (int prev = Math.max(0, t - reach); prev <= t - nearest; prev++) {
                double candidate = score[prev] - penalty[t - prev];
                if (arg < 0 || candidate > best) {
                    best = candidate;
                    arg = prev;
                }
            }
            score[t] = o[t] + (arg >= 0 ? Math.max(0, best) : 0);
            from[t] = arg >= 0 && best > 0 ? arg : -1;
        }
        return backtrack(score, from, period);
    }

    private BeatGrid backtrack(double[] score, int[] from, double period) {
        int end = length - 1;
        for (int t = Math.max(0, length - (int) period); t < length; t++) {
            if (score[t] > score[end]) {
                end = t;
            }
        }
        List<Double> beats = new ArrayList<>();
        for (int t = end; t >= 0; t = from[t]) {
            beats.add(t / frameRate + frameOffsetSeconds);
        }
        java.util.Collections.reverse(beats);
        if (beats.size() < 2) {
            return BeatGrid.empty();
        }
        return new BeatGrid(beats.get(0), period / frameRate, beats);
    }

    private float[] normalized() {
        double sum = 0, sq = 0;
        for (int i = 0; i < length; i++) {
            sum += envelope[i];
            sq += envelope[i] * envelope[i];
        }
        double mean = sum / length;
        double std = Math.sqrt(Math.max(1e-12, sq / length - mean * mean));
        float[] o = new float[length];
        for (int i = 0; i < length; i++) {
            o[i] = (float) (envelope[i] / std);
        }
        return o;
    }
}
