package phaze.audio.analysis.spectrum;

import phaze.audio.decode.PcmSink;

/**
 * Short-time Fourier transform of a mono stream: Hann-windowed frames of {@code size} samples every
 * {@code hop} samples, magnitudes of bins 0..size/2 passed to one listener. Keeps only one frame of
 * history, so memory is constant.
 */
public final class Stft implements PcmSink {
    private final int size;
    private final int hop;
    private final float[] window;
    private final float[] ring;
    private final float[] fftBuffer;
    private final float[] magnitudes;
    private final MagnitudeFft fft;
    private final SpectrumListener listener;
    private int pos;
    private int untilNextFrame;

    public Stft(int size, int hop, SpectrumListener listener) {
        this.size = size;
        this.hop = hop;
        this.listener = listener;
        this.window = new float[size];
        for (int i = 0; i < size; i++) {
            window[i] = (float) (0.5 - 0.5 * Math.cos(2 * Math.PI * i / size));
        }
        this.ring = new float[size];
        this.fftBuffer = new float[size];
        this.magnitudes = new float[size / 2 + 1];
        this.fft = new MagnitudeFft(size);
        this.untilNextFrame = size;
    }

    @Override
    public void accept(float[] mono, int frames) {
        // frame j covers samples [j * hop, j * hop + size)
        for (int i = 0; i < frames; i++) {
            ring[pos] = mono[i];
            pos = pos + 1 == size ? 0 : pos + 1;
            if (--untilNextFrame == 0) {
                untilNextFrame = hop;
                transform();
            }
        }
    }

    private void transform() {
        int first = size - pos; // ring[pos] is the oldest sample
        for (int i = 0; i < first; i++) {
            fftBuffer[i] = ring[pos + i] * window[i];
        }
        for (int i = first; i < size; i++) {
            fftBuffer[i] = ring[i - first] * window[i];
        }
        fft.magnitudes(fftBuffer, magnitudes);
        listener.frame(magnitudes);
    }
}
