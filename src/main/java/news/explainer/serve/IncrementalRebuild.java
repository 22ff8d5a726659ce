package news.explainer.serve;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import news.explainer.SiteBuild;
import news.explainer.model.Article;
import news.explainer.problem.Problem;
import news.explainer.problem.Severity;
import news.explainer.problem.SourceRef;
import news.explainer.reuse.Changes;
import news.explainer.write.FileSink;
import news.explainer.write.FilesInMemory;

/**
 * Rebuilds what a change touches: the build keeps its intermediate results between runs, reads again only the
 * files the watcher saw change (and one a warm-up run pretended was saved), and redoes a step only where its input
 * changed ({@link SiteBuild#reusing}); only the files whose bytes changed are written. The output folder ends up
 * exactly as a full build would leave it; on errors it is left as it was.
 */
public final class IncrementalRebuild implements Rebuilder {
    private final SiteBuild build;
    private final PreviewWriter writer;
    private final Path out;
    private final Path base;
    /** The articles of the last run, whose files warm-up runs read again in turn. */
    private List<Article> articles = List.of();
    private int warmUps;
    /** False until a run ends: a run that crashed may have kept a file's old text while told it changed. */
    private boolean lastRunEnded;

    public IncrementalRebuild(Path content, Path templates, Path out, Path base) {
        this.build = SiteBuild.reusing(content, templates, base);
        this.writer = new PreviewWriter(out);
        this.out = out;
        this.base = base;
    }

    @Override
    public Outcome rebuild(Changes changes) {
        return rebuildUnlessSuperseded(changes, () -> false).orElseThrow();
    }

    /**
     * A superseded run has still read its files, and what it kept is right for them: the next run is told only the
     * files changed since, like any other.
     */
    @Override
    public Optional<Outcome> rebuildUnlessSuperseded(Changes changes, BooleanSupplier superseded) {
        long started = System.nanoTime();
        Changes since = lastRunEnded ? changes : Changes.unknown();
        lastRunEnded = false;
        FilesInMemory files = new FilesInMemory();
        SiteBuild.Streamed result = build.run(since, files);
        lastRunEnded = true;
        articles = result.analysis().content().articles(); // their paths are worked out only if a warm-up runs
        if (superseded.getAsBoolean()) {
            return Optional.empty();
        }
        List<Problem> problems = new ArrayList<>(result.problems().sorted());
        if (!result.problems().hasErrors()) {
            try {
                writer.write(files.inAnyOrder());
            } catch (IOException | RuntimeException e) {
                problems.add(new Problem(Severity.ERROR, SourceRef.file(out.toString()),
                        "cannot write the site: " + e.getMessage(), "", ""));
            }
        }
        return Optional.of(new Outcome(problems, result.pageCount(), (System.nanoTime() - started) / 1_000_000));
    }

    /**
     * A run that makes what a save makes, its result thrown away, so that the compiler has compiled that code, and its
     * guesses about which branches run have been proved wrong, before the editor's first save rather than during it.
     * It pretends that an article (a different one each time) was saved with a paragraph added; the next run reads
     * that article again as it is. (Until 2026-11-24 it read an article saved unchanged, which gave the last build's
     * objects back and made nothing again.)
     */
    @Override
    public void warmUp() {
        if (!lastRunEnded) {
            return; // the last run crashed: the next real rebuild reads everything again, and it must be the next run
        }
        lastRunEnded = false;
        if (articles.isEmpty()) {
            build.run(Changes.modified(Set.of()), FileSink.NONE);
        } else {
            build.runPretendingSaved(base.resolve(articles.get(warmUps++ % articles.size()).source().path()));
        }
        lastRunEnded = true;
    }
}
