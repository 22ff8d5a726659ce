package news.explainer.cli;

import java.io.IOException;
import java.io.PrintStream;
import news.explainer.SiteBuild;
import news.explainer.write.FileSink;
import news.explainer.write.SiteWriter;

/**
 * {@code build}: load, analyse, render, each file written into the new site's staging folder as it is made; the site
 * is swapped in only when there is no error, and is otherwise left as it was.
 */
final class BuildCommand {
    private BuildCommand() {}

    static int run(Options options, PrintStream out, PrintStream err) {
        long started = System.nanoTime();
        SiteWriter.Staging staging = null;
        IOException cannotStage = null;
        try {
            staging = new SiteWriter().stage(options.out());
        } catch (IOException e) {
            cannotStage = e; // reported after the content's problems, which the build still finds
        }
        SiteBuild.Streamed result;
        try {
            result = Report.buildAndReport(options, staging == null ? FileSink.NONE : staging, err);
        } catch (RuntimeException | Error e) {
            discard(staging, options, err);
            throw e;
        }
        long errors = result.problems().errorCount();
        long warnings = result.problems().warningCount();
        if (cannotStage != null) {
            cannotWrite(options, cannotStage, err);
        }
        if (errors > 0) {
            discard(staging, options, err);
            err.println(Report.summary("build failed, " + options.out() + " left unchanged", result, errors, warnings,
                    System.nanoTime() - started));
            return ExitCodes.PROBLEMS;
        }
        if (cannotStage != null) {
            return ExitCodes.INTERNAL;
        }
        try {
            staging.publish();
        } catch (IOException e) {
            discard(staging, options, err);
            cannotWrite(options, e, err);
            return ExitCodes.INTERNAL;
        }
        out.println(Report.summary("built " + options.out(), result, errors, warnings, System.nanoTime() - started));
        return ExitCodes.OK;
    }

    private static void cannotWrite(Options options, IOException e, PrintStream err) {
        err.println(options.out() + ": error: cannot write the site: " + e.getMessage());
    }

    /** An unpublished staging folder goes; if it cannot, the next build removes it before it starts. */
    private static void discard(SiteWriter.Staging staging, Options options, PrintStream err) {
        if (staging == null) {
            return;
        }
        try {
            staging.close();
        } catch (IOException e) {
            err.println(options.out() + ": warning: cannot remove the unfinished site beside it (the next build"
                    + " will): " + e.getMessage());
        }
    }
}
