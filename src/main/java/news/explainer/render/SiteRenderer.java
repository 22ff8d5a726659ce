package news.explainer.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import news.explainer.analyse.Analysis;
import news.explainer.concurrent.Alongside;
import news.explainer.load.SourceText;
import news.explainer.model.Article;
import news.explainer.model.Story;
import news.explainer.render.publish.AtomFeed;
import news.explainer.render.publish.Sitemap;
import news.explainer.problem.Problems;
import news.explainer.problem.SourceRef;
import news.explainer.render.export.DataExport;
import news.explainer.reuse.Memo;
import news.explainer.write.OutputFile;

/**
 * Renders the whole site in memory: every planned page, the data export, the original article files and the
 * templates' static assets. Writes nothing; see {@link news.explainer.write.SiteWriter}.
 */
public final class SiteRenderer {
    private final Path templatesDir;
    private final String shownTemplatesDir;
    private final Markdown markdown = new Markdown();
    private final PagePlanner planner;
    private final DataExport export = new DataExport();
    private final RenderMemo memo;

    public SiteRenderer(Path templatesDir, String shownTemplatesDir) {
        this(templatesDir, shownTemplatesDir, RenderMemo.off());
    }

    /** A renderer that reuses what {@code memo} kept from the last build where the input is the same. */
    public SiteRenderer(Path templatesDir, String shownTemplatesDir, RenderMemo memo) {
        this.templatesDir = templatesDir;
        this.shownTemplatesDir = shownTemplatesDir;
        this.memo = memo;
        this.planner = new PagePlanner(markdown, memo);
    }

    /** Renders everything, then lets the memo forget what this build did not ask for. */
    public List<OutputFile> render(Analysis analysis, Problems problems) {
        try {
            return renderAll(analysis, problems);
        } finally {
            memo.endBuild();
        }
    }

    private List<OutputFile> renderAll(Analysis analysis, Problems problems) {
        if (!Files.isDirectory(templatesDir)) {
            problems.error(SourceRef.file(shownTemplatesDir), "templates folder not found");
            return List.of();
        }
        List<OutputFile> files = new ArrayList<>();
        ShareCard card = new ShareCard(analysis);
        // The data export of a big story is one long single-threaded job (tens of megabytes of JSON): made while the
        // pages render on the shared pool. The preview keeps its bytes while its records are the same.
        try (Alongside<byte[]> data = Alongside.start("data-export",
                nothing -> memo.export.get(export.data(analysis, memo.exportRecords), export::toJson))) {
            try {
                Templates templates = memo.templates(templatesDir, shownTemplatesDir);
                files.addAll(pages(templates, analysis, card, memo.pages(), problems));
                files.addAll(assets(problems));
            } catch (IOException e) {
                problems.error(SourceRef.file(shownTemplatesDir), "cannot read templates: " + e.getMessage());
            }
            for (Article article : analysis.content().articles()) {
                files.add(new OutputFile(OutputPath.original(article.id()),
                        memo.originals.get(article.source(), SourceText::bytes)));
            }
            files.add(new OutputFile(OutputPath.DATA, data.join(problems)));
        }
        files.addAll(forSharing(analysis, card, files));
        return List.copyOf(files);
    }

    /** The share image, the feed when the story has dates, and the sitemap and robots file when it has a base URL. */
    private List<OutputFile> forSharing(Analysis analysis, ShareCard card, List<OutputFile> files) {
        Story story = analysis.content().story();
        List<OutputFile> out = new ArrayList<>();
        out.add(new OutputFile(OutputPath.SHARE_IMAGE, memo.shareImage.get(card, ShareCard::png)));
        AtomFeed feed = new AtomFeed(story);
        if (feed.exists()) {
            out.add(OutputFile.text(OutputPath.FEED, feed.xml(markdown::toHtml)));
        }
        story.baseUrl().ifPresent(base -> {
            Sitemap sitemap = new Sitemap(base);
            List<String> pages = files.stream().map(OutputFile::path).filter(p -> p.endsWith(".html")).toList();
            out.add(OutputFile.text(Sitemap.PATH, sitemap.xml(pages)));
            out.add(OutputFile.text(Sitemap.ROBOTS, sitemap.robots()));
        });
        return out;
    }

    /** A page made, or empty after a template problem, with the problems found making it. */
    private record Made(Optional<OutputFile> file, Problems problems) {}

    /**
     * Plans and renders the pages on every core, each page rendered as soon as it is planned (a FreeMarker
     * configuration and its templates may be shared between threads); each page's problems are kept apart and merged
     * in page order, and the files come out in the planned order.
     */
    private List<OutputFile> pages(Templates templates, Analysis analysis, ShareCard card,
            Memo<PageSpec, Optional<OutputFile>> kept, Problems problems) {
        List<Made> made = planner.plan(analysis, card, page -> {
            Problems found = new Problems();
            return new Made(kept.get(page, found, mistakes -> templates.render(page, mistakes)
                    .map(html -> new OutputFile(page.path(), html))), found);
        });
        Templates.mergeOncePerMistake(made.stream().map(Made::problems).toList(), problems);
        return made.stream().flatMap(m -> m.file().stream()).toList();
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
