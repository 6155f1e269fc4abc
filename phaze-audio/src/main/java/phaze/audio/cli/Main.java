package phaze.audio.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import phaze.audio.decode.AudioDecodeException;

/**
 * {@code java -jar phaze-audio.jar COMMAND ...}. Adding a command is one line in {@link #COMMANDS}.
 * Exit codes: 0 success, 1 a file could not be processed, 2 bad command line.
 */
public final class Main {
    static final Map<String, Supplier<Command>> COMMANDS = new LinkedHashMap<>();

    static {
        COMMANDS.put("index", IndexCommand::new);
        COMMANDS.put("match", MatchCommand::new);
        COMMANDS.put("same", SameCommand::new);
        COMMANDS.put("inside", InsideCommand::new);
        COMMANDS.put("analyze", AnalyzeCommand::new);
    }

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || !COMMANDS.containsKey(args[0])) {
            err.println("phaze-audio: " + (args.length == 0 ? "no command given" : "unknown command '" + args[0] + "'")
                    + "; commands: " + String.join(", ", COMMANDS.keySet()));
            COMMANDS.values().forEach(c -> err.println("  " + c.get().usage()));
            return 2;
        }
        Command command = COMMANDS.get(args[0]).get();
        try {
            int rc = command.run(List.of(Arrays.copyOfRange(args, 1, args.length)), out, err);
            out.flush();
            return rc;
        } catch (UsageException e) {
            err.println("phaze-audio " + args[0] + ": " + e.getMessage() + " (usage: " + command.usage() + ")");
            return 2;
        } catch (AudioDecodeException e) {
            err.println("phaze-audio " + args[0] + ": " + e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("phaze-audio " + args[0] + ": " + e);
            return 1;
        } catch (Exception e) {
            err.println("phaze-audio " + args[0] + ": unexpected failure: " + e);
            return 1;
        }
    }
}
