package news.explainer;

import java.io.PrintStream;
import java.util.function.IntSupplier;
import news.explainer.cli.Cli;
import news.explainer.cli.ExitCodes;

/** Entry point: the only place that exits the JVM. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        int code = exitCode(() -> new Cli(System.out, System.err).run(args), System.err);
        System.out.flush();
        System.exit(code);
    }

    /**
     * The command's exit code, or {@link ExitCodes#INTERNAL} when it fails unexpectedly: left to the JVM, an uncaught
     * exception exits with 1, which says the content has errors.
     */
    static int exitCode(IntSupplier command, PrintStream err) {
        try {
            return command.getAsInt();
        } catch (RuntimeException | Error e) {
            err.println("error: the generator failed unexpectedly (a bug; please report it with what follows):");
            e.printStackTrace(err);
            return ExitCodes.INTERNAL;
        }
    }
}
