package phaze.audio.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/** Expands command-line paths: files as given, folders recursively to their audio and video files. */
final class AudioFiles {
    static final Set<String> EXTENSIONS = Set.of("mp3", "flac", "ogg", "oga", "opus", "m4a", "mp4", "aac", "wav",
            "aif", "aiff", "wma", "ape", "wv", "mka", "mkv", "webm", "mpc", "ac3", "dts", "m4v", "mov", "avi");

    private AudioFiles() {
    }

    /** Each file keeps the spelling the user gave (folder prefix included), which is what matches return. */
    static List<String> expand(List<String> args) throws IOException, UsageException {
        List<String> out = new ArrayList<>();
        for (String arg : args) {
            Path p = Path.of(arg);
            if (Files.isRegularFile(p)) {
                out.add(arg);
            } else if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).filter(AudioFiles::isAudio).map(Path::toString).sorted().forEach(out::add);
                }
            } else {
                throw new UsageException(arg + ": no such file or folder");
            }
        }
        return out;
    }

    static boolean isAudio(Path p) {
        String name = p.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
