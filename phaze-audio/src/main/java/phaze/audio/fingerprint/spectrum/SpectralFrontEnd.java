package phaze.audio.fingerprint.spectrum;

import java.util.List;

/**
 * The one short-time spectrum both fingerprint engines read: mono 8 kHz, 512-point Hann frames,
 * 128-sample hop (16 ms, 15.6 Hz bins up to 4 kHz). Computing it once per decode is what keeps
 * two engines cheaper than the decode itself.
 */
public final class SpectralFrontEnd {
    public static final int SAMPLE_RATE = 8000;
    public static final int FFT_SIZE = 512;
    public static final int HOP = 128;
    public static final int BINS = FFT_SIZE / 2;
    public static final double FRAME_SECONDS = HOP / (double) SAMPLE_RATE;

    private final List<SpectrumListener> listeners;
    private final MonoResampler resampler;
    private final RealFft fft = new RealFft(FFT_SIZE);
    private final float[] window = new float[FFT_SIZE];
    private final float[] ring = new float[FFT_SIZE];
    private final float[] frame = new float[FFT_SIZE];
    private final float[] power = new float[BINS];
    private final float[] logPower = new float[BINS];
    private long samples;
    private int ringPos;
    private int untilFrame = FFT_SIZE;
    private int frames;

    public SpectralFrontEnd(int sampleRate, int channels, List<SpectrumListener> listeners) {
        this.listeners = List.copyOf(listeners);
        this.resampler = new MonoResampler(sampleRate, channels, SAMPLE_RATE, this::samples);
        for (int i = 0; i < FFT_SIZE; i++) {
            window[i] = (float) (0.5 - 0.5 * Math.cos(2 * Math.PI * i / FFT_SIZE));
        }
    }

    public void accept(float[] interleaved, int frameCount) {
        resampler.accept(interleaved, frameCount);
    }

    public void end() {
        resampler.flush();
        for (SpectrumListener l : listeners) {
            l.end();
        }
    }

    /** Seconds of audio seen so far at the engine rate. */
    public double seconds() {
        return samples / (double) SAMPLE_RATE;
    }

    private void samples(float[] mono, int count) {
        for (int i = 0; i < count; i++) {
            ring[ringPos] = mono[i];
            ringPos = (ringPos + 1) & (FFT_SIZE - 1);
            samples++;
            // frames end at sample FFT_SIZE, then every HOP samples
            if (--untilFrame == 0) {
                untilFrame = HOP;
                emitFrame();
            }
        }
    }

    private void emitFrame() {
        int start = ringPos; // the oldest sample
        int first = FFT_SIZE - start;
        for (int i = 0; i < first; i++) {
            frame[i] = ring[start + i] * window[i];
        }
        for (int i = first; i < FFT_SIZE; i++) {
            frame[i] = ring[i - first] * window[i];
        }
        fft.power(frame, power);
        for (int k = 0; k < BINS; k++) {
            logPower[k] = fastLog2(power[k] + 1e-9f);
        }
        for (SpectrumListener l : listeners) {
            l.frame(frames, logPower);
        }
        frames++;
    }

    /** log2 to ~0.01 accuracy from the float's exponent and a quadratic on its mantissa. */
    static float fastLog2(float x) {
        int bits = Float.floatToRawIntBits(x);
        int exponent = ((bits >>> 23) & 0xff) - 127;
        float m = Float.intBitsToFloat((bits & 0x007fffff) | 0x3f800000); // in [1, 2)
        return exponent + (-0.34484843f * m + 2.02466578f) * m - 0.67487759f;
    }
}
