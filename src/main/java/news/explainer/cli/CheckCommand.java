package news.explainer.cli;

import java.io.PrintStream;
import news.explainer.SiteBuild;
import news.explainer.write.FileSink;

/** {@code check}: the whole build, every problem printed, nothing written or kept. */
final class CheckCommand {
    private CheckCommand() {}

    static int run(Options options, PrintStream out, PrintStream err) {
        long started = System.nanoTime();
        SiteBuild.Streamed result = Report.buildAndReport(options, FileSink.NONE, err);
        long errors = result.problems().errorCount();
        long warnings = result.problems().warningCount();
        boolean failed = errors > 0 || (options.strict() && warnings > 0);
        String verb = failed ? (options.strict() && errors == 0 ? "check failed (--strict)" : "check failed") : "checked";
        (failed ? err : out).println(Report.summary(verb, result, errors, warnings, System.nanoTime() - started));
        return failed ? ExitCodes.PROBLEMS : ExitCodes.OK;
    }
}
