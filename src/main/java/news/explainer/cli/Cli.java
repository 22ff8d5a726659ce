package news.explainer.cli;

import java.io.PrintStream;

/** The command line: parses the arguments, runs one command, returns its exit code. Never calls System.exit. */
public final class Cli {
    private final PrintStream out;
    private final PrintStream err;

    public Cli(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public int run(String... args) {
        if (args.length > 0 && (args[0].equals("-h") || args[0].equals("--help") || args[0].equals("help"))) {
            out.print(Options.USAGE);
            return ExitCodes.OK;
        }
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            err.print(Options.USAGE);
            return ExitCodes.USAGE;
        }
        return switch (options.command()) {
            case "build" -> BuildCommand.run(options, out, err);
            case "check" -> CheckCommand.run(options, out, err);
            case "serve" -> ServeCommand.run(options, out, err);
            case "new" -> NewCommand.run(options, out, err);
            default -> {
                err.println("error: unknown command '" + options.command() + "'");
                err.print(Options.USAGE);
                yield ExitCodes.USAGE;
            }
        };
    }
}
