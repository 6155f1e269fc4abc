package phaze.agent.execution;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Real second file systems and immutable folders for the fault tests; they need root and say so. */
final class Mounts {
    private Mounts() {
    }

    /** Mounts a tmpfs of {@code size} (e.g. "2m") at {@code dir}; false when not permitted here. */
    static boolean tmpfs(Path dir, String size) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        return run("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", dir.toString());
    }

    static boolean readOnly(Path mountPoint) throws IOException, InterruptedException {
        return run("mount", "-o", "remount,ro", mountPoint.toString());
    }

    static void unmount(Path dir) throws IOException, InterruptedException {
        run("umount", dir.toString());
    }

    /** chattr +i / -i: the only way to refuse root a write on ext4. False when unsupported. */
    static boolean immutable(Path path, boolean on) throws IOException, InterruptedException {
        return run("chattr", on ? "+i" : "-i", path.toString());
    }

    private static boolean run(String... command) throws IOException, InterruptedException {
        try {
            Process process = new ProcessBuilder(List.of(command)).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return process.waitFor() == 0;
        } catch (IOException e) {
            return false; // the tool is not installed
        }
    }
}
