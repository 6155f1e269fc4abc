package phaze.audio.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Minimal option parsing shared by the commands: {@code --name value} options, then positionals. */
final class Arguments {
    private final List<String> positionals = new ArrayList<>();
    private final java.util.Map<String, String> options = new java.util.HashMap<>();

    Arguments(List<String> args, List<String> knownOptions) throws UsageException {
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.startsWith("--")) {
                if (!knownOptions.contains(a)) {
                    throw new UsageException("unknown option " + a);
                }
                if (i + 1 >= args.size()) {
                    throw new UsageException(a + " needs a value");
                }
                options.put(a, args.get(++i));
            } else {
                positionals.add(a);
            }
        }
    }

    String option(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }

    String required(String name) throws UsageException {
        String v = options.get(name);
        if (v == null) {
            throw new UsageException("missing " + name);
        }
        return v;
    }

    List<String> positionals() {
        return positionals;
    }

    /** An existing index directory (one with a manifest), for commands that only read it. */
    Path existingDb() throws UsageException {
        Path db = Path.of(required("--db"));
        if (!Files.isRegularFile(db.resolve("manifest"))) {
            throw new UsageException(db + " is not a fingerprint index (run 'index --db " + db + " PATH...' first)");
        }
        return db;
    }

    static Path existingFile(String path) throws UsageException {
        Path p = Path.of(path);
        if (!Files.isRegularFile(p)) {
            throw new UsageException(path + ": no such file");
        }
        return p;
    }
}
