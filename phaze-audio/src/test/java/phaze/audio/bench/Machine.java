package phaze.audio.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/** One line naming the CPU, cores, memory, Java and ffmpeg of the benchmark machine. */
final class Machine {
    private Machine() {
    }

    static String describe() {
        String cpu = "unknown CPU";
        String mem = "";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse(cpu);
            mem = Files.readAllLines(Path.of("/proc/meminfo")).get(0).replaceAll("\\s+", " ");
        } catch (Exception ignored) {
            // not Linux: the report just says less
        }
        String ffmpeg = "ffmpeg ?";
        try {
            Process p = new ProcessBuilder("ffmpeg", "-version").start();
            ffmpeg = new String(p.getInputStream().readAllBytes()).lines().findFirst().orElse(ffmpeg);
            p.waitFor();
        } catch (Exception ignored) {
            // reported as unknown
        }
        return String.format("%s, %d cores visible (shared with other work), %s, Java %s, %s", cpu,
                Runtime.getRuntime().availableProcessors(), mem, System.getProperty("java.version"), ffmpeg);
    }
}
