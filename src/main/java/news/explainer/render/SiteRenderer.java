package news.explainer.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import news.explainer.analyse.Analysis;
import news.explainer.model.Article;
import news.explainer.problem.Problems;
import news.explainer.problem.SourceRef;
import news.explainer.render.export.DataExport;
import news.explainer.write.OutputFile;

/**
 * Renders the whole site in memory: every planned page, the data export, the original article files and the
 * templates' static assets. Writes nothing; see {@link news.explainer.write.SiteWriter}.
 */
public final class SiteRenderer {
    private final Path templatesDir;
    private final String shownTemplatesDir;
    private final PagePlanner planner = new PagePlanner(new Markdown());
    private final DataExport export = new DataExport();

    public SiteRenderer(Path templatesDir, String shownTemplatesDir) {
        this.templatesDir = templatesDir;
        this.shownTemplatesDir = shownTemplatesDir;
    }

    public List<OutputFile> render(Analysis analysis, Problems problems) {
        if (!Files.isDirectory(templatesDir)) {
            problems.error(SourceRef.file(shownTemplatesDir), "templates folder not found");
            return List.of();
        }
        List<OutputFile> files = new ArrayList<>();
        try {
            Templates templates = new Templates(templatesDir, shownTemplatesDir);
            files.addAll(pages(templates, planner.plan(analysis), problems));
            files.addAll(assets(problems));
        } catch (IOException e) {
            problems.error(SourceRef.file(shownTemplatesDir), "cannot read templates: " + e.getMessage());
        }
        for (Article article : analysis.content().articles()) {
            files.add(new OutputFile(OutputPath.original(article.id()), article.source().bytes()));
        }
        files.add(OutputFile.text(OutputPath.DATA, export.toJson(analysis)));
        return List.copyOf(files);
    }

    /**
     * Renders the pages on every core (a FreeMarker configuration and its templates may be shared between threads),
     * each page's problems kept apart and merged in page order; the files come out in the planned order.
     */
    private static List<OutputFile> pages(Templates templates, List<PageSpec> pages, Problems problems) {
        List<Problems> found = pages.stream().map(p -> new Problems()).toList();
        List<Optional<OutputFile>> rendered = IntStream.range(0, pages.size()).parallel()
                .mapToObj(i -> templates.render(pages.get(i), found.get(i))
                        .map(html -> OutputFile.text(pages.get(i).path(), html)))
                .toList();
        found.forEach(problems::addAll);
        return rendered.stream().flatMap(Optional::stream).toList();
    }

    /** Files under {@code templates/assets/} are copied as they are: the stylesheet, the icon. */
    private List<OutputFile> assets(Problems problems) throws IOException {
        Path assets = templatesDir.resolve("assets");
        if (!Files.isDirectory(assets)) {
            problems.warning(SourceRef.file(shownTemplatesDir + "/assets"), "no assets folder: pages have no stylesheet");
            return List.of();
        }
        List<OutputFile> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(assets)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                String path = assets.relativize(file).toString().replace('\\', '/');
                files.add(new OutputFile(path, Files.readAllBytes(file)));
            }
        }
        return files;
    }
}
