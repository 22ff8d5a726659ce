package news.explainer;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import news.explainer.analyse.Analyser;
import news.explainer.analyse.Analysis;
import news.explainer.analyse.AnalysisMemo;
import news.explainer.load.ContentLoader;
import news.explainer.load.LoadMemo;
import news.explainer.load.Utf8Reader;
import news.explainer.model.Content;
import news.explainer.problem.Problems;
import news.explainer.problem.SourceLines;
import news.explainer.render.RenderMemo;
import news.explainer.reuse.Changes;
import news.explainer.render.SiteRenderer;
import news.explainer.write.FileSink;
import news.explainer.write.FilesInMemory;
import news.explainer.write.OutputFile;

/**
 * Turns a content folder and a templates folder into site files: kept in memory ({@link #run()}), or handed to a
 * {@link FileSink} as they are made ({@link #run(FileSink)}, which a one-off build points at the new site's staging
 * folder).
 */
public final class SiteBuild {
    private final Path contentDir;
    private final Path templatesDir;
    private final Utf8Reader reader;
    private final Path base;
    private final LoadMemo loadMemo;
    private final AnalysisMemo analysisMemo;
    private final RenderMemo renderMemo;

    /**
     * @param base the folder that paths in messages are shown relative to (the working folder)
     */
    public SiteBuild(Path contentDir, Path templatesDir, Path base) {
        this(contentDir, templatesDir, base, LoadMemo.off(), AnalysisMemo.off(), RenderMemo.off());
    }

    private SiteBuild(Path contentDir, Path templatesDir, Path base, LoadMemo loadMemo, AnalysisMemo analysisMemo,
            RenderMemo renderMemo) {
        this.contentDir = contentDir;
        this.templatesDir = templatesDir;
        this.reader = new Utf8Reader(base, loadMemo);
        this.base = base;
        this.loadMemo = loadMemo;
        this.analysisMemo = analysisMemo;
        this.renderMemo = renderMemo;
    }

    /**
     * A build for the preview: each run keeps its intermediate results, and the next run redoes only the steps whose
     * input changed. Its result is the same as a fresh build's, file for file and problem for problem.
     */
    public static SiteBuild reusing(Path contentDir, Path templatesDir, Path base) {
        return new SiteBuild(contentDir, templatesDir, base, LoadMemo.keeping(), AnalysisMemo.keeping(),
                RenderMemo.keeping());
    }

    /** What one run kept in memory: the analysis, the files in path order, and every problem found on the way. */
    public record Result(Analysis analysis, List<OutputFile> files, Problems problems) {

        public long pageCount() {
            return files.stream().filter(f -> f.path().endsWith(".html")).count();
        }
    }

    /** What one run whose files went to a sink found: the analysis, how many pages it made, and every problem. */
    public record Streamed(Analysis analysis, long pageCount, Problems problems) {}

    /**
     * A run in which {@code file} is read and made into pages again as if it had been saved: when it was not, the
     * same result as the last run, made by the code a save of that file runs. The preview warms that code up with it
     * and throws the files away as they are made (a save not yet rebuilt then does no harm; collecting and sorting
     * them was a thirtieth of each warm-up run, and a save's rebuild does not sort them either).
     */
    public Streamed runRereading(Path file) {
        loadMemo.forget(reader.relative(file));
        return run(Changes.modified(Set.of(file)), FileSink.NONE);
    }

    public Result run() {
        return run(Changes.unknown());
    }

    /**
     * A run in which only {@code changes} may differ from the last run: a build that keeps its results reads only
     * those files again (a one-off build reads every file whatever it is told).
     */
    public Result run(Changes changes) {
        FilesInMemory files = new FilesInMemory();
        Streamed run = run(changes, files);
        return new Result(run.analysis(), files.files(), run.problems());
    }

    /** A one-off run whose files go to {@code files} as they are made; the caller keeps what it needs of them. */
    public Streamed run(FileSink files) {
        return run(Changes.unknown(), files);
    }

    /** A run in which only {@code changes} may differ from the last run, its files going to {@code files}. */
    public Streamed run(Changes changes, FileSink files) {
        loadMemo.startBuild(changes);
        Problems problems = new Problems();
        Content content = new ContentLoader(reader).load(contentDir, problems);
        loadMemo.endBuild();
        SiteRenderer renderer = new SiteRenderer(templatesDir, reader.relative(templatesDir), renderMemo);
        renderer.originals(content.articles(), files); // need no analysis: written while the story is analysed
        Analysis analysis = new Analyser(analysisMemo).analyse(content, problems);
        analysisMemo.endBuild();
        int pages = renderer.render(analysis, problems, files);
        problems.fillExcerpts(new SourceLines(base));
        return new Streamed(analysis, pages, problems);
    }
}
