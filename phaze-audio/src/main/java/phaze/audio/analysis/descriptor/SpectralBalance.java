package phaze.audio.analysis.descriptor;

import phaze.audio.analysis.spectrum.SpectrumListener;

/**
 * Brightness as the share of spectral magnitude above {@value #SPLIT_HZ} Hz (up to the analysis
 * Nyquist of ~5.5 kHz), and the mean onset strength, per window and for the whole stream. Both are
 * inputs of the energy and mood rules.
 */
public final class SpectralBalance implements SpectrumListener {
    private static final double SPLIT_HZ = 1500;

    private final int splitBin;
    private double highWindow, allWindow, highTotal, allTotal;
    private double onsetWindow, onsetTotal;
    private long onsetFramesWindow, onsetFramesTotal;

    public SpectralBalance(double binHz) {
        this.splitBin = (int) Math.round(SPLIT_HZ / binHz);
    }

    @Override
    public void frame(float[] m) {
        double low = 0, high = 0;
        for (int k = 1; k < splitBin; k++) {
            low += m[k];
        }
        for (int k = splitBin; k < m.length; k++) {
            high += m[k];
        }
        highWindow += high;
        allWindow += low + high;
    }

    public void onset(float strength) {
        onsetWindow += strength;
        onsetFramesWindow++;
    }

    /** Brightness and onset strength of the window since the previous call. */
    public double[] closeWindow() {
        double[] r = {ratio(highWindow, allWindow), ratio(onsetWindow, onsetFramesWindow)};
        highTotal += highWindow;
        allTotal += allWindow;
        onsetTotal += onsetWindow;
        onsetFramesTotal += onsetFramesWindow;
        highWindow = allWindow = onsetWindow = 0;
        onsetFramesWindow = 0;
        return r;
    }

    public double brightness() {
        return ratio(highTotal, allTotal);
    }

    public double meanOnset() {
        return ratio(onsetTotal, onsetFramesTotal);
    }

    private static double ratio(double a, double b) {
        return b > 0 ? a / b : 0;
    }
}
