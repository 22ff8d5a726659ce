package news.explainer.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import news.explainer.SiteBuild;
import news.explainer.problem.Problem;
import news.explainer.problem.Problems;
import news.explainer.write.FileSink;

/** Prints problems as {@code path:line:col: error: message} with the offending line, then one summary line. */
final class Report {
    private Report() {}

    /**
     * Runs the whole build, its files going to {@code files}, and prints every problem found: the common start of
     * build and check.
     */
    static SiteBuild.Streamed buildAndReport(Options options, FileSink files, PrintStream err) {
        SiteBuild.Streamed result = new SiteBuild(options.content(), options.templates(), Path.of("")).run(files);
        problems(result.problems(), err);
        return result;
    }

    static void problems(Problems problems, PrintStream err) {
        for (Problem problem : problems.sorted()) {
            err.println(problem.format());
        }
    }

    static String summary(String verb, SiteBuild.Streamed result, long errors, long warnings, long nanos) {
        return String.format(Locale.ROOT, "%s: %d articles, %d pages, %d errors, %d warnings in %.2f s",
                verb, result.analysis().content().articles().size(), result.pageCount(), errors, warnings,
                nanos / 1e9);
    }
}
