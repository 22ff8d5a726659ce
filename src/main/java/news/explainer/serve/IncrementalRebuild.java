package news.explainer.serve;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import news.explainer.SiteBuild;
import news.explainer.problem.Problem;
import news.explainer.problem.Severity;
import news.explainer.problem.SourceRef;

/**
 * Rebuilds what a change touches: the build keeps its intermediate results between runs and redoes a step only
 * where its input changed ({@link SiteBuild#reusing}), and only the files whose bytes changed are written. The
 * output folder ends up exactly as a full build would leave it; on errors it is left as it was.
 */
public final class IncrementalRebuild implements Rebuilder {
    private final SiteBuild build;
    private final PreviewWriter writer;
    private final Path out;

    public IncrementalRebuild(Path content, Path templates, Path out, Path base) {
        this.build = SiteBuild.reusing(content, templates, base);
        this.writer = new PreviewWriter(out);
        this.out = out;
    }

    @Override
    public Outcome rebuild() {
        long started = System.nanoTime();
        SiteBuild.Result result = build.run();
        List<Problem> problems = new ArrayList<>(result.problems().sorted());
        if (!result.problems().hasErrors()) {
            try {
                writer.write(result.files());
            } catch (IOException | RuntimeException e) {
                problems.add(new Problem(Severity.ERROR, SourceRef.file(out.toString()),
                        "cannot write the site: " + e.getMessage(), "", ""));
            }
        }
        return new Outcome(problems, result.pageCount(), (System.nanoTime() - started) / 1_000_000);
    }
}
