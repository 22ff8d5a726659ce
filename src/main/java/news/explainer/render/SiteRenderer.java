package news.explainer.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import news.explainer.analyse.Analysis;
import news.explainer.concurrent.Alongside;
import news.explainer.model.Article;
import news.explainer.model.Story;
import news.explainer.render.publish.AtomFeed;
import news.explainer.render.publish.Sitemap;
import news.explainer.problem.Problem;
import news.explainer.problem.Problems;
import news.explainer.problem.Severity;
import news.explainer.problem.SourceRef;
import news.explainer.render.export.DataExport;
import news.explainer.reuse.Memo;
import news.explainer.write.FileSink;
import news.explainer.write.OutputFile;
import news.explainer.write.SiteWriter;

/**
 * Renders the whole site: every planned page, the data export and the templates' static assets (and, apart, the
 * original article files), each handed to a {@link FileSink} as soon as it is made, so a one-off build writes pages
 * while others are still rendering and holds only the few not yet written.
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

    /**
     * Renders everything into {@code files}, then lets the memo forget what this build did not ask for. Returns how
     * many pages were made.
     */
    public int render(Analysis analysis, Problems problems, FileSink files) {
        try {
            return renderAll(analysis, problems, files);
        } finally {
            memo.endBuild();
        }
    }

    private int renderAll(Analysis analysis, Problems problems, FileSink files) {
        if (!Files.isDirectory(templatesDir)) {
            problems.error(SourceRef.file(shownTemplatesDir), "templates folder not found");
            return 0;
        }
        List<String> pages = List.of();
        ShareCard card = new ShareCard(analysis);
        List<Shared> sharing = forSharing(analysis, card);
        // The data export of a big story is one long single-threaded job (tens of megabytes of JSON): made while the
        // pages render on the shared pool. The preview keeps its bytes while its records are the same.
        try (Alongside<byte[]> data = Alongside.start("data-export",
                nothing -> memo.export.get(export.data(analysis, memo.exportRecords), export::toJson))) {
            try {
                Templates templates = memo.templates(templatesDir, shownTemplatesDir);
                pages = pages(templates, analysis, card, memo.pages(), problems, files);
                // An HTML file among the assets is a page too: listed in the sitemap after the rendered ones.
                pages = Stream.concat(pages.stream(), assets(made(analysis, pages, sharing), problems, files)
                        .stream().filter(p -> p.endsWith(".html"))).toList();
            } catch (IOException e) {
                problems.error(SourceRef.file(shownTemplatesDir), "cannot read templates: " + e.getMessage());
            }
            files.put(new OutputFile(OutputPath.DATA, data.join(problems)));
        }
        for (Shared shared : sharing) {
            files.put(new OutputFile(shared.path(), shared.bytes().apply(pages)));
        }
        return pages.size();
    }

    /**
     * Each article's file as it was read. Apart from {@link #render}, so that a build can hand them over as soon as
     * the articles are read: they need no analysis, and a one-off build's disk then writes them while the story is
     * analysed instead of after its last page.
     */
    public void originals(List<Article> articles, FileSink files) {
        for (Article article : articles) {
            files.put(new OutputFile(OutputPath.original(article.id()), article.source().bytes()));
        }
    }

    /** A file for sharing the story: its path, what it is (as a message says it), and its bytes given the pages. */
    private record Shared(String path, String what, Function<List<String>, byte[]> bytes) {}

    private static byte[] text(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The share image, the feed when the story has dates, and the sitemap and robots file when it has a base URL:
     * listed before the pages are made, so that {@link #made} counts them, and made after them, as the sitemap lists
     * the pages.
     */
    private List<Shared> forSharing(Analysis analysis, ShareCard card) {
        Story story = analysis.content().story();
        List<Shared> sharing = new ArrayList<>();
        sharing.add(new Shared(OutputPath.SHARE_IMAGE, "the share image", pages -> memo.shareImage.get(card,
                ShareCard::png)));
        AtomFeed feed = new AtomFeed(story);
        if (feed.exists()) {
            sharing.add(new Shared(OutputPath.FEED, "the feed", pages -> text(feed.xml(markdown::toHtml))));
        }
        story.baseUrl().ifPresent(base -> {
            Sitemap sitemap = new Sitemap(base);
            sharing.add(new Shared(Sitemap.PATH, "the sitemap", pages -> text(sitemap.xml(pages))));
            sharing.add(new Shared(Sitemap.ROBOTS, "the robots file", pages -> text(sitemap.robots())));
        });
        return sharing;
    }

    /** A page's path, or empty after a template problem, with the problems found making it. */
    private record Made(Optional<String> path, Problems problems) {}

    /**
     * Plans and renders the pages on every core, each page rendered as soon as it is planned (a FreeMarker
     * configuration and its templates may be shared between threads) and handed to {@code files} on the same core;
     * each page's problems are kept apart and merged in page order. Returns the pages' paths in the planned order.
     */
    private List<String> pages(Templates templates, Analysis analysis, ShareCard card,
            Memo<PageSpec, Optional<OutputFile>> kept, Problems problems, FileSink files) {
        List<Made> made = planner.plan(analysis, card, page -> {
            Problems found = new Problems();
            Optional<OutputFile> file = kept.get(page, found, mistakes -> templates.render(page, mistakes)
                    .map(html -> new OutputFile(page.path(), html)));
            file.ifPresent(files::put);
            return new Made(file.map(OutputFile::path), found);
        });
        Templates.mergeOncePerMistake(made.stream().map(Made::problems).toList(), problems);
        return made.stream().flatMap(m -> m.path().stream()).toList();
    }

    /**
     * Every file a build makes but its assets: the pages, the originals, the data export, the files for sharing, and
     * the marker a written site gets.
     */
    private static MadePaths made(Analysis analysis, List<String> pages, List<Shared> sharing) {
        MadePaths made = new MadePaths();
        pages.forEach(page -> made.add(page, "a page"));
        made.addOriginals(analysis.content().articles());
        made.add(OutputPath.DATA, "the data export");
        sharing.forEach(shared -> made.add(shared.path(), shared.what()));
        made.add(SiteWriter.MARKER, "the marker that says the folder is a site this generator made");
        return made;
    }

    /**
     * Files under {@code templates/assets/} are copied as they are: the stylesheet, the icon. One in the way of a
     * file the build makes is refused. Returns the paths of those copied.
     */
    private List<String> assets(MadePaths made, Problems problems, FileSink files) throws IOException {
        Path assets = templatesDir.resolve("assets");
        if (!Files.isDirectory(assets)) {
            problems.warning(SourceRef.file(shownTemplatesDir + "/assets"), "no assets folder: pages have no stylesheet");
            return List.of();
        }
        List<String> paths = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(assets)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                String path = assets.relativize(file).toString().replace('\\', '/');
                Optional<String> clash = made.clash(path);
                if (clash.isPresent()) {
                    problems.add(new Problem(Severity.ERROR, SourceRef.file(shownTemplatesDir + "/assets/" + path),
                            clash.get(), "", "rename or move the asset: the site cannot have both"));
                    continue;
                }
                files.put(new OutputFile(path, Files.readAllBytes(file)));
                paths.add(path);
            }
        }
        return paths;
    }
}
