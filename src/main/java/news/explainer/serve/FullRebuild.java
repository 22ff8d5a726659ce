package news.explainer.serve;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import news.explainer.SiteBuild;
import news.explainer.problem.Problem;
import news.explainer.problem.Severity;
import news.explainer.problem.SourceRef;
import news.explainer.reuse.Changes;
import news.explainer.write.SiteWriter;

/** Rebuilds by running the whole build, as {@code build} does, and swapping the result into the output folder. */
public final class FullRebuild implements Rebuilder {
    private final SiteBuild build;
    private final Path out;

    public FullRebuild(Path content, Path templates, Path out, Path base) {
        this.build = new SiteBuild(content, templates, base);
        this.out = out;
    }

    @Override
    public Outcome rebuild(Changes changes) {
        long started = System.nanoTime();
        SiteBuild.Result result = build.run();
        List<Problem> problems = new ArrayList<>(result.problems().sorted());
        if (!result.problems().hasErrors()) {
            try {
                new SiteWriter().write(out, result.files());
            } catch (IOException | RuntimeException e) {
                problems.add(new Problem(Severity.ERROR, SourceRef.file(out.toString()),
                        "cannot write the site: " + e.getMessage(), "", ""));
            }
        }
        return new Outcome(problems, result.pageCount(), (System.nanoTime() - started) / 1_000_000);
    }
}
