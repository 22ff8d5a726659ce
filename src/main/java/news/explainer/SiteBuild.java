package news.explainer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
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
     * A run as if {@code file} had been saved with a paragraph added at its end, its files thrown away as they are
     * made: the preview's warm-up, which so runs the code an editor's save runs (the article parsed and analysed
     * again, the pages made from it made again) before the first save. The file is not touched, and no later run is
     * handed what this one read from it.
     */
    public Streamed runPretendingSaved(Path file) {
        LoadMemo.StandIn standIn = new LoadMemo.StandIn(reader.relative(file), SiteBuild::withParagraphAdded);
        return run(Changes.modified(Set.of(file)), standIn, FileSink.NONE);
    }

    /** The bytes with a paragraph added at the end: a change that keeps any article, and what cites it, valid. */
    private static byte[] withParagraphAdded(byte[] bytes) {
        byte[] added = "\n\nA paragraph the preview adds while it warms up.\n".getBytes(StandardCharsets.UTF_8);
        byte[] changed = Arrays.copyOf(bytes, bytes.length + added.length);
        System.arraycopy(added, 0, changed, bytes.length, added.length);
        return changed;
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
        return run(changes, null, files);
    }

    private Streamed run(Changes changes, LoadMemo.StandIn standIn, FileSink files) {
        loadMemo.startBuild(changes, standIn);
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
