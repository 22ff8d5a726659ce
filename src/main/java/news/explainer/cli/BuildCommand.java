package news.explainer.cli;

import java.io.IOException;
import java.io.PrintStream;
import news.explainer.SiteBuild;
import news.explainer.write.SiteWriter;

/** {@code build}: load, analyse, render; write the site only when there is no error. */
final class BuildCommand {
    private BuildCommand() {}

    static int run(Options options, PrintStream out, PrintStream err) {
        long started = System.nanoTime();
        try {
            new SiteWriter().recover(options.out());
        } catch (IOException e) {
            err.println(options.out() + ": error: cannot restore the site a killed build set aside: " + e.getMessage());
            return ExitCodes.INTERNAL;
        }
        SiteBuild.Result result = Report.buildAndReport(options, err);
        long errors = result.problems().errorCount();
        long warnings = result.problems().warningCount();
        if (errors > 0) {
            err.println(Report.summary("build failed, " + options.out() + " left unchanged", result, errors, warnings,
                    System.nanoTime() - started));
            return ExitCodes.PROBLEMS;
        }
        try {
            new SiteWriter().write(options.out(), result.files());
        } catch (IOException | RuntimeException e) {
            err.println(options.out() + ": error: cannot write the site: " + e.getMessage());
            return ExitCodes.INTERNAL;
        }
        out.println(Report.summary("built " + options.out(), result, errors, warnings, System.nanoTime() - started));
        return ExitCodes.OK;
    }
}
