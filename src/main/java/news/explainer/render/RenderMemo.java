package news.explainer.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import news.explainer.analyse.quote.QuoteRun;
import news.explainer.analyse.quote.WordDiff;
import news.explainer.model.Person;
import news.explainer.render.export.ExplainerData;
import news.explainer.render.export.ExportMemo;
import news.explainer.render.view.ArticleView;
import news.explainer.render.view.BlockView;
import news.explainer.render.view.ComparisonView;
import news.explainer.render.view.UtteranceView;
import news.explainer.reuse.Memo;
import news.explainer.write.OutputFile;

/**
 * What the renderer keeps between preview builds. A page is rendered again only when its path, template or view changed
 * (views are records of values, so equal views render equal bytes); any change under the templates folder forgets every
 * page, since a template may include any other. The data export's bytes and the share image are kept by the records
 * they are made from; the word-by-word comparisons of quotes by the two wordings; who each article names by its text
 * and the people, and the people's spellings by the people; the quotes marked on each source page by its article's text
 * and quotes and the labels, and its marked-up text by its blocks and marks; each utterance's view, each article's line
 * in a list, each page's list of articles, each comparison's view and the explainer's structured data by what they are
 * made from; and the view of a source page, a person page, the quotes page and the explainer by its inputs, so that an
 * unchanged page is not even planned again.
 */
public final class RenderMemo {
    private final boolean keeps;
    private Memo<PageSpec, Optional<OutputFile>> pages;
    private Map<String, byte[]> templateFiles = Map.of();
    private Templates templates;
    /** The export's bytes, not its text: encoding megabytes again, and comparing them with the file written, cost. */
    final Memo<ExplainerData, byte[]> export;
    /** The export's records of quotes and answers, so that most records are the last export's objects. */
    final ExportMemo exportRecords;
    final Memo<ShareCard, byte[]> shareImage;
    final Memo<QuoteViews.Compared, WordDiff.Part> diffs;
    final Memo<Mentions.Scan, boolean[]> scans;
    final Memo<List<Person>, Mentions.Spellings> spellings;
    final Memo<PagePlanner.Marked, List<BlockView>> blocks;
    final Memo<QuoteViews.Utterance, UtteranceView> utterances;
    final Memo<QuoteViews.BadgesIn, Map<String, QuoteViews.Badge>> badges;
    final Memo<QuoteRun.With<Map<String, QuoteViews.Badge>>, List<QuoteViews.QuoteMark>> quoteMarks;
    final Memo<Views.Listed, ArticleView> articles;
    final Memo<PagePlanner.Inputs, PageSpec> planned;
    final Memo<ExplainerViews.Shown, ComparisonView> comparisons;
    final Memo<Views.Listing, List<ArticleView>> lists;
    final Memo<PagePlanner.Citing, String> citations;
    final Memo<QuoteInputs, QuoteInputs> quoteInputs;

    private RenderMemo(boolean keeps) {
        this.keeps = keeps;
        this.pages = keeps ? onePerPath() : Memo.off();
        // one export, compared on a hit: its hash would walk every record it holds
        this.export = keeps ? Memo.keepingOnePer(data -> OutputPath.DATA) : Memo.off();
        this.exportRecords = keeps ? ExportMemo.keeping() : ExportMemo.off();
        this.shareImage = keeps ? Memo.keeping() : Memo.off();
        // Kept within a one-off build too: the quotes page, each person page and the explainer show the same wordings.
        this.diffs = keeps ? Memo.keeping() : Memo.withinOneBuild();
        this.scans = keeps ? Memo.keepingOnePerSame(Mentions.Scan::text) : Memo.off();
        this.spellings = keeps ? Memo.keeping() : Memo.off();
        this.blocks = keeps ? Memo.keeping() : Memo.off();
        this.utterances = keeps ? Memo.keepingOnePer(u -> new QuoteViews.UtteranceSlot(u.cluster().id(), u.from()))
                : Memo.off();
        // Kept within a one-off build too: every person page lists the articles that name the person.
        this.articles = keeps ? Memo.keepingOnePer(Views.Listed::slot) : Memo.withinOneBuildOnePer(Views.Listed::slot);
        this.planned = keeps ? Memo.keepingOnePer(PagePlanner.Inputs::path) : Memo.off();
        // the labels: one map, compared on a hit (its clusters by identity); each article's marks, by article
        this.badges = keeps ? Memo.keepingOnePer(b -> "badges") : Memo.off();
        this.quoteMarks = keeps ? Memo.keepingOnePer(in -> in.run().article()) : Memo.off();
        this.comparisons = keeps ? Memo.keepingOnePer(ExplainerViews.Shown::slot) : Memo.off();
        // one list per page, compared on a hit; and one explainer, whose structured data cites every article
        this.lists = keeps ? Memo.keepingOnePer(Views.Listing::from) : Memo.off();
        this.citations = keeps ? Memo.keepingOnePer(c -> OutputPath.INDEX) : Memo.off();
        this.quoteInputs = keeps ? Memo.keepingOnePer(q -> "quotes") : Memo.off();
    }

    public static RenderMemo keeping() {
        return new RenderMemo(true);
    }

    public static RenderMemo off() {
        return new RenderMemo(false);
    }

    /**
     * The templates for this build: the last build's configuration, with the templates it has parsed, while no file
     * under the templates folder changed; when one did, a new configuration, and every kept page forgotten.
     */
    Templates templates(Path templatesDir, String shownTemplatesDir) throws IOException {
        if (!keeps) {
            return new Templates(templatesDir, shownTemplatesDir);
        }
        Map<String, byte[]> now = read(templatesDir);
        if (templates == null || !sameFiles(now, templateFiles)) {
            pages = onePerPath();
            templates = new Templates(templatesDir, shownTemplatesDir);
        }
        templateFiles = now;
        return templates;
    }

    /** The pages kept, by path; see {@link #templates}. */
    Memo<PageSpec, Optional<OutputFile>> pages() {
        return pages;
    }

    /** Pages are looked up by path: a view's hash would cost as much as comparing it with the one kept. */
    private static Memo<PageSpec, Optional<OutputFile>> onePerPath() {
        return Memo.keepingOnePer(PageSpec::path);
    }

    /**
     * Keeps, when a page made from the whole analysis was kept whole this build, what planning it again would ask
     * for: the next edit of a quote needs it all, and making it again would cost as much as the first build's
     * planning. Only the memos such a page asks: what the kept pages were made from is the same as last build's, so
     * nothing kept is older than that; a memo no kept page asks is left to forget what no page asked for (a renamed
     * comparison's views).
     *
     * @param quotesPage the quotes page was kept: its utterances and their word diffs
     * @param personPages a person page was kept: utterances, word diffs and its list of articles
     * @param explainer the explainer was kept: all of these, its comparisons' views and its structured data
     */
    void keepPlanning(boolean quotesPage, boolean personPages, boolean explainer) {
        if (quotesPage || personPages || explainer) {
            utterances.keepAll();
            diffs.keepAll();
        }
        if (personPages || explainer) {
            lists.keepAll();
            articles.keepAll();
        }
        if (explainer) {
            comparisons.keepAll();
            citations.keepAll();
        }
    }

    public void endBuild() {
        pages.endBuild();
        export.endBuild();
        exportRecords.endBuild();
        shareImage.endBuild();
        diffs.endBuild();
        scans.endBuild();
        spellings.endBuild();
        blocks.endBuild();
        utterances.endBuild();
        articles.endBuild();
        planned.endBuild();
        badges.endBuild();
        quoteMarks.endBuild();
        comparisons.endBuild();
        lists.endBuild();
        citations.endBuild();
        quoteInputs.endBuild();
    }

    private static Map<String, byte[]> read(Path dir) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                files.put(dir.relativize(file).toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }

    private static boolean sameFiles(Map<String, byte[]> a, Map<String, byte[]> b) {
        return a.keySet().equals(b.keySet()) && a.keySet().stream().allMatch(k -> Arrays.equals(a.get(k), b.get(k)));
    }
}
