package phaze.audio.cli;

import java.io.PrintStream;
import java.util.List;

/** One CLI verb. Writes results to {@code out}, progress and errors to {@code err}; returns the exit code. */
public interface Command {
    int run(List<String> args, PrintStream out, PrintStream err) throws Exception;

    /** One line naming the arguments, shown in the usage message. */
    String usage();
}
