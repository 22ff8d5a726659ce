package news.explainer.serve;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import news.explainer.SiteBuild;
import news.explainer.problem.Problem;
import news.explainer.problem.Severity;
import news.explainer.problem.SourceRef;
import news.explainer.reuse.Changes;

/**
 * Rebuilds what a change touches: the build keeps its intermediate results between runs, reads again only the
 * files the watcher saw change, and redoes a step only where its input changed ({@link SiteBuild#reusing}); only
 * the files whose bytes changed are written. The
 * output folder ends up exactly as a full build would leave it; on errors it is left as it was.
 */
public final class IncrementalRebuild implements Rebuilder {
    private final SiteBuild build;
    private final PreviewWriter writer;
    private final Path out;
    /** False until a run ends: a run that crashed may have kept a file's old text while told it changed. */
    private boolean lastRunEnded;

    public IncrementalRebuild(Path content, Path templates, Path out, Path base) {
        this.build = SiteBuild.reusing(content, templates, base);
        this.writer = new PreviewWriter(out);
        this.out = out;
    }

    @Override
    public Outcome rebuild(Changes changes) {
        long started = System.nanoTime();
        Changes since = lastRunEnded ? changes : Changes.unknown();
        lastRunEnded = false;
        SiteBuild.Result result = build.run(since);
        lastRunEnded = true;
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

    /** A run told that nothing changed: it asks the memos for what the last run made, and keeps it all. */
    @Override
    public void warmUp() {
        if (!lastRunEnded) {
            return; // the last run crashed: the next real rebuild reads everything again, and it must be the next run
        }
        lastRunEnded = false;
        build.run(Changes.modified(Set.of()));
        lastRunEnded = true;
    }
}
