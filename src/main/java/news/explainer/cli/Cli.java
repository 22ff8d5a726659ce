package news.explainer.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Set;

/** The command line: parses the arguments, runs one command, returns its exit code. Never calls System.exit. */
public final class Cli {
    private static final Set<String> COMMANDS = Set.of("build", "check", "serve", "new");

    private final PrintStream out;
    private final PrintStream err;

    public Cli(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public int run(String... args) {
        // "help", or -h / --help anywhere: "build --help" is asking, not a mistake.
        if (args.length > 0 && args[0].equals("help") || Arrays.stream(args).anyMatch(Cli::asksForHelp)) {
            out.print(Options.USAGE);
            return ExitCodes.OK;
        }
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            return usageError(e.getMessage());
        }
        if (!COMMANDS.contains(options.command())) {
            return usageError("unknown command '" + options.command() + "'");
        }
        if (!options.command().equals("new") && !options.arguments().isEmpty()) {
            // Without this, "build other/content" builds the default folder and says nothing of the word it ignored.
            String word = options.arguments().get(0);
            return usageError("'" + options.command() + "' takes options only, not '" + word
                    + "' (a content folder is given as --content " + word + ")");
        }
        return switch (options.command()) {
            case "build" -> BuildCommand.run(options, out, err);
            case "check" -> CheckCommand.run(options, out, err);
            case "serve" -> ServeCommand.run(options, out, err);
            default -> NewCommand.run(options, out, err);
        };
    }

    private int usageError(String message) {
        err.println("error: " + message);
        err.print(Options.USAGE);
        return ExitCodes.USAGE;
    }

    private static boolean asksForHelp(String arg) {
        return arg.equals("-h") || arg.equals("--help");
    }
}
