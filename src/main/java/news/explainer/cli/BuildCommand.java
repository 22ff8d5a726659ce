package news.explainer.cli;

import java.io.IOException;
import java.io.PrintStream;
import news.explainer.SiteBuild;
import news.explainer.write.SiteWriter;

/**
 * {@code build}: load, analyse, render, each file written into the new site's staging folder as it is made; the site
 * is swapped in only when there is no error, and is otherwise left as it was.
 */
final class BuildCommand {
    private BuildCommand() {}

    static int run(Options options, PrintStream out, PrintStream err) {
        long started = System.nanoTime();
        SiteWriter.Staging staging;
        try {
            staging = new SiteWriter().stage(options.out());
        } catch (IOException e) {
            err.println(options.out() + ": error: cannot write the site: " + e.getMessage());
            return ExitCodes.INTERNAL;
        }
        try (staging) {
            SiteBuild.Streamed result = Report.buildAndReport(options, staging, err);
            long errors = result.problems().errorCount();
            long warnings = result.problems().warningCount();
            if (errors > 0) {
                err.println(Report.summary("build failed, " + options.out() + " left unchanged", result, errors,
                        warnings, System.nanoTime() - started));
                return ExitCodes.PROBLEMS;
            }
            staging.publish();
            out.println(Report.summary("built " + options.out(), result, errors, warnings,
                    System.nanoTime() - started));
            return ExitCodes.OK;
        } catch (IOException e) {
            err.println(options.out() + ": error: cannot write the site: " + e.getMessage());
            return ExitCodes.INTERNAL;
        }
    }
}
