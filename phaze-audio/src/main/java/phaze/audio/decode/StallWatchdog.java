package phaze.audio.decode;

import java.time.Duration;

/**
 * Kills a decoder that produced no bytes for the stall timeout, so a hung share or a pathological
 * file can never block a worker forever. One shared daemon thread checks every live watchdog.
 */
final class StallWatchdog implements AutoCloseable {
    private final FfmpegProcess process;
    private final long stallNanos;
    private volatile long lastProgress = System.nanoTime();
    private volatile boolean fired;
    private volatile boolean closed;

    StallWatchdog(FfmpegProcess process, Duration stall) {
        this.process = process;
        this.stallNanos = stall.toNanos();
        Thread t = new Thread(this::watch, "decode-watchdog");
        t.setDaemon(true);
        t.start();
    }

    void progress() {
        lastProgress = System.nanoTime();
    }

    boolean fired() {
        return fired;
    }

    @Override
    public void close() {
        closed = true;
    }

    private void watch() {
        long pollMillis = Math.max(10, Math.min(1000, stallNanos / 4_000_000));
        while (!closed) {
            AudioDecoder.sleepQuietly(pollMillis);
            if (!closed && System.nanoTime() - lastProgress > stallNanos) {
                fired = true;
                process.destroy();
                return;
            }
        }
    }
}
