package news.explainer.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import news.explainer.analyse.citation.Evidence;
import news.explainer.analyse.Analysis;
import news.explainer.analyse.compare.CheckedComparison;
import news.explainer.analyse.timeline.CheckedEntry;
import news.explainer.concurrent.AcrossCores;
import news.explainer.model.Article;
import news.explainer.model.Block;
import news.explainer.model.Content;
import news.explainer.model.Person;
import news.explainer.model.Story;
import news.explainer.render.view.ComparisonView;
import news.explainer.render.view.IndexPage;
import news.explainer.render.view.ListPage;
import news.explainer.render.view.OutletCount;
import news.explainer.render.publish.AtomFeed;
import news.explainer.render.publish.StructuredData;
import news.explainer.render.view.PageMeta;
import news.explainer.render.view.PersonPage;
import news.explainer.render.view.PointPage;
import news.explainer.render.view.QuotesPage;
import news.explainer.render.view.TimelinePage;
import news.explainer.render.view.UtteranceView;
import news.explainer.render.view.SourcePage;
import news.explainer.reuse.SameElements;

/** Decides which pages exist, where they go and what each shows, before anything is rendered. */
public final class PagePlanner {
    /** How many of the most widely carried quotes the explainer shows; the quotes page has them all. */
    private static final int KEY_QUOTES = 4;
    /**
     * The most articles the explainer shows one by one: a column each in the comparison, an item each in the list of
     * sources. Beyond it a table is no longer read at a glance (at 10,000 articles it was a page of 15 MB), and the
     * explainer counts instead: how many articles report each point, how many each outlet published. Each point's
     * page and the sources page still show every article.
     */
    static final int ARTICLES_AT_A_GLANCE = 12;

    private final Markdown markdown;
    private final RenderMemo memo;

    /** An article's blocks with the passages and quotes marked in them: what a source page shows of its text. */
    record Marked(List<Block> blocks, List<Evidence> marks, List<QuoteViews.QuoteMark> quoted) {}

    /**
     * Everything a page's view is made from, for the pages there are many of: while it is equal to the last build's,
     * the page's view is the last build's object, which is neither planned nor rendered again.
     */
    sealed interface Inputs permits SourceInputs, PersonInputs, QuotesInputs, IndexInputs {
        String path();
    }

    /** A source page: its article, the site's views, and the passages and quotes marked in its text. */
    record SourceInputs(String path, Article article, Views views, List<Evidence> marks,
            List<QuoteViews.QuoteMark> quoted) implements Inputs {}

    /**
     * A person page: the person, what it shows of the articles that name them ({@link ListedArticles}), the site's
     * views, and what their utterances' views are made from.
     */
    record PersonInputs(String path, Person person, List<Article> namedIn, Views views, QuoteInputs quotes)
            implements Inputs {
        @Override
        public boolean equals(Object other) {
            return other instanceof PersonInputs p && p.path.equals(path) && p.person.equals(person)
                    && p.views.equals(views) && p.quotes.equals(quotes) && ListedArticles.same(p.namedIn, namedIn);
        }

        @Override
        public int hashCode() {
            return path.hashCode();
        }
    }

    /** The quotes page: the site's views and what the utterances' views are made from. */
    record QuotesInputs(String path, Views views, QuoteInputs quotes) implements Inputs {}

    /**
     * The explainer: the story, the site's views, what it shows of each article, the people, the checked comparisons
     * and timeline (the last build's objects while unchanged), and what its key quotes are made from.
     */
    record IndexInputs(String path, Story story, Views views, List<Article> articles, List<Person> people,
            List<CheckedComparison> comparisons, List<CheckedEntry> timeline, QuoteInputs quotes) implements Inputs {
        @Override
        public boolean equals(Object other) {
            return other instanceof IndexInputs i && i.path.equals(path) && i.story.equals(story)
                    && i.views.equals(views) && i.people.equals(people) && SameElements.in(i.comparisons, comparisons)
                    && SameElements.in(i.timeline, timeline) && i.quotes.equals(quotes)
                    && ListedArticles.same(i.articles, articles);
        }

        @Override
        public int hashCode() {
            return path.hashCode();
        }
    }

    /**
     * What the explainer's structured data is made from: the story, the share image, and what it cites of each
     * article ({@link ListedArticles}).
     */
    record Citing(Story story, String image, List<Article> articles) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Citing c && c.story.equals(story) && c.image.equals(image)
                    && ListedArticles.same(c.articles, articles);
        }

        @Override
        public int hashCode() {
            return image.hashCode();
        }
    }

    /**
     * A planner that keeps in {@code memo} what planning made: the word-by-word comparisons of quotes, which
     * people each article names, the marked-up text of each source page, the views of utterances and of articles
     * in lists, and the whole view of each source page, person page, the quotes page and the explainer.
     */
    PagePlanner(Markdown markdown, RenderMemo memo) {
        this.markdown = markdown;
        this.memo = memo;
    }

    /**
     * The pages, with the share card the renderer made already (it walks every comparison and article), each handed
     * to {@code then} (the renderer) as soon as it is planned, on the core that planned it; what {@code then} made,
     * in page order. A page's view is then let go as soon as the page is made, and no core waits for every page to
     * be planned before it renders one.
     */
    <R> List<R> plan(Analysis analysis, ShareCard card, Function<PageSpec, R> then) {
        Content content = analysis.content();
        Map<String, Article> byId = ExplainerViews.articlesById(analysis);
        QuoteViews quotes = new QuoteViews(analysis, byId, markdown, memo.diffs, memo.utterances, memo.badges,
                memo.quoteMarks);
        // The last build's inputs while equal: compared once here, then by identity in the keys of the explainer,
        // the quotes page and every person page.
        QuoteInputs quoteInputs = memo.quoteInputs.get(QuoteInputs.of(analysis), same -> same);
        List<String> sections = new ArrayList<>();
        if (quotes.quoteCount() > 0) {
            sections.add("quotes");
        }
        if (!analysis.timeline().isEmpty()) {
            sections.add("timeline");
        }
        if (!content.people().isEmpty()) {
            sections.add("people");
        }
        Views views = new Views(content.story(), card.description(),
                new AtomFeed(content.story()).exists(), sections, memo.articles, memo.lists);
        StructuredData structured = new StructuredData(content.story());
        // The pages made from the whole analysis: each planned again only when its inputs changed.
        Set<String> planned = ConcurrentHashMap.newKeySet();
        Map<String, List<Evidence>> marks = ExplainerViews.evidenceByArticle(analysis);
        Map<String, List<QuoteViews.QuoteMark>> quoted = quotes.marksByArticle();
        List<List<Article>> namedIn =
                new Mentions(content.people(), memo.spellings, memo.scans).namedIn(content.articles());
        List<Supplier<PageSpec>> whole = new ArrayList<>(); // in page order, with the source pages after the first two
        whole.add(() -> memo.planned.get(new IndexInputs(OutputPath.INDEX, content.story(), views, content.articles(),
                content.people(), analysis.comparisons(), analysis.timeline(), quoteInputs),
                in -> planned(planned, index(analysis, views, quotes, structured, byId))));
        whole.add(() -> sourceList(content, views));
        for (int i = 0; i < analysis.comparisons().size(); i++) {
            int point = i;
            whole.add(() -> point(analysis, views, point, structured, byId));
        }
        if (!analysis.timeline().isEmpty()) {
            whole.add(() -> timeline(analysis, views, byId));
        }
        if (quotes.quoteCount() > 0) {
            whole.add(() -> memo.planned.get(new QuotesInputs(OutputPath.QUOTES, views, quoteInputs),
                    in -> planned(planned, quoteList(views, quotes))));
        }
        if (!content.people().isEmpty()) {
            whole.add(() -> peopleList(content, views));
        }
        for (int p = 0; p < content.people().size(); p++) {
            Person person = content.people().get(p);
            List<Article> names = namedIn.get(p);
            whole.add(() -> person(person, names, views, quotes, quoteInputs, planned));
        }
        // Every page on every core, those made from the whole analysis first: few, and the biggest by far (the
        // explainer, the quotes page, the comparison pages), so that no core is left alone with one at the end.
        List<Article> articles = content.articles();
        IntFunction<PageSpec> sourcePage = a -> source(articles.get(a), views, marks.getOrDefault(
                articles.get(a).id(), List.of()), quoted.getOrDefault(articles.get(a).id(), List.of()));
        List<R> made = AcrossCores.map(whole.size() + articles.size(),
                i -> then.apply(i < whole.size() ? whole.get(i).get() : sourcePage.apply(i - whole.size())));
        List<R> pages = new ArrayList<>(made.subList(0, 2));
        pages.addAll(made.subList(whole.size(), made.size()));
        pages.addAll(made.subList(2, whole.size()));
        long personPages = content.people().stream().map(p -> OutputPath.person(p.id())).filter(planned::contains)
                .count();
        memo.keepPlanning(quotes.quoteCount() > 0 && !planned.contains(OutputPath.QUOTES),
                personPages < content.people().size(), !planned.contains(OutputPath.INDEX));
        return pages;
    }

    /** The page, noted as planned in this build. */
    private static PageSpec planned(Set<String> planned, PageSpec page) {
        planned.add(page.path());
        return page;
    }

    private PageSpec index(Analysis analysis, Views views, QuoteViews quotes, StructuredData structured,
            Map<String, Article> byId) {
        String path = OutputPath.INDEX;
        Content content = analysis.content();
        var story = content.story();
        ExplainerViews explainer = new ExplainerViews(content.articles(), byId, views, markdown, path,
                memo.comparisons);
        boolean byArticle = content.articles().size() <= ARTICLES_AT_A_GLANCE;
        List<Article> listed = byArticle ? content.articles() : List.of();
        return new PageSpec(path, "index.ftlh", new IndexPage(
                withJsonLd(views.page(path, story.title(), story.summary(), "explainer"),
                        page -> memo.citations.get(new Citing(story, page.image(), listed),
                                in -> structured.explainer(in.articles(), in.image()))),
                story.title(), story.summary(), markdown.toHtml(story.lead()), byArticle,
                Plural.count(content.articles().size()),
                views.articles(listed, path),
                byArticle ? List.of() : outletCounts(content.articles()), views.people(content.people(), path),
                byArticle ? explainer.comparisons(analysis.comparisons())
                        : explainer.summaries(analysis.comparisons()),
                quotes.key(path, KEY_QUOTES), explainer.timeline(analysis.timeline())));
    }

    /**
     * The articles' outlets, the one with most articles first (then by name), and those the text does not name
     * together at the end: "Unnamed outlet A" in one article need not be the outlet so labelled in the next.
     */
    static List<OutletCount> outletCounts(List<Article> articles) {
        Map<String, Long> named = articles.stream().filter(Article::outletNamed)
                .collect(Collectors.groupingBy(Article::outlet, Collectors.counting()));
        List<OutletCount> counts = new ArrayList<>(named.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> new OutletCount(e.getKey(), true, Plural.of(e.getValue(), "article"))).toList());
        long unnamed = articles.stream().filter(a -> !a.outletNamed()).count();
        if (unnamed > 0) {
            counts.add(new OutletCount("", false, Plural.of(unnamed, "article")));
        }
        return counts;
    }

    private static PageMeta withJsonLd(PageMeta page, Function<PageMeta, String> json) {
        return page.withJsonLd(json.apply(page));
    }

    private PageSpec sourceList(Content content, Views views) {
        String path = OutputPath.SOURCES;
        return new PageSpec(path, "sources.ftlh", new ListPage(
                views.page(path, "Sources", "The " + Plural.count(content.articles().size())
                        + " articles this explainer is built on,"
                        + " with their outlets, dates and full text.", "sources"),
                views.articles(content.articles(), path), views.people(content.people(), path)));
    }

    private PageSpec source(Article article, Views views, List<Evidence> marks, List<QuoteViews.QuoteMark> quoted) {
        return memo.planned.get(new SourceInputs(OutputPath.source(article.id()), article, views, marks, quoted),
                in -> source((SourceInputs) in));
    }

    private PageSpec source(SourceInputs in) {
        Article article = in.article();
        Views views = in.views();
        String path = in.path();
        String description = article.outlet() + ": " + article.title();
        return new PageSpec(path, "source.ftlh", new SourcePage(
                views.page(path, article.title(), description, "sources"),
                views.article(article, path), markdown.toHtml(article.note()),
                memo.blocks.get(new Marked(article.parsed().blocks(), in.marks(), in.quoted()),
                        m -> Views.blocks(m.blocks(), m.marks(), m.quoted()))));
    }

    private PageSpec point(Analysis analysis, Views views, int index, StructuredData structured,
            Map<String, Article> byId) {
        var comparison = analysis.comparisons().get(index).comparison();
        String path = OutputPath.point(comparison.id());
        ExplainerViews explainer = new ExplainerViews(analysis.content().articles(), byId, views, markdown, path,
                memo.comparisons);
        PageMeta page = views.page(path, comparison.question(), "How each outlet answered, in its own words: "
                + comparison.question(), "explainer");
        Optional<Person> claimant = comparison.claim().flatMap(c -> analysis.content().people().stream()
                .filter(p -> p.id().equals(c.by())).findFirst());
        if (claimant.isPresent()) {
            page = page.withJsonLd(structured.claimReview(comparison.claim().orElseThrow(), claimant.get(), path));
        }
        CheckedComparison checked = analysis.comparisons().get(index);
        List<Article> articles = analysis.content().articles();
        boolean byArticle = articles.size() <= ARTICLES_AT_A_GLANCE;
        ComparisonView view = byArticle ? explainer.comparisons(List.of(checked)).get(0) : explainer.reporting(checked);
        PointPage.Counted notReported = PointPage.Counted.NONE;
        PointPage.Counted unchecked = PointPage.Counted.NONE;
        if (!byArticle) { // the articles whose answer says the point is not reported, and those not answered yet
            List<CheckedComparison.Answer> answers = checked.byArticle(articles.stream().map(Article::id).toList());
            List<Article> silent = new ArrayList<>();
            List<Article> notAnswered = new ArrayList<>();
            for (int a = 0; a < articles.size(); a++) {
                CheckedComparison.Answer answer = answers.get(a);
                if (answer == null) {
                    notAnswered.add(articles.get(a));
                } else if (!answer.reported()) {
                    silent.add(articles.get(a));
                }
            }
            notReported = counted(silent);
            unchecked = counted(notAnswered);
        }
        return new PageSpec(path, "point.ftlh", new PointPage(page, view, index + 1,
                analysis.comparisons().size(), claimant.map(person -> {
                    var claim = comparison.claim().orElseThrow();
                    return new PointPage.Claim(claim.text(), person.name(),
                            Links.relative(path, OutputPath.person(person.id())),
                            views.dates().full(claim.date()), claim.date().toString(), claim.rating(), claim.verdict());
                }).orElse(PointPage.Claim.NONE), byArticle, notReported, unchecked));
    }

    private static PointPage.Counted counted(List<Article> articles) {
        return articles.isEmpty() ? PointPage.Counted.NONE
                : new PointPage.Counted(Plural.of(articles.size(), "article"), outletCounts(articles));
    }

    private PageSpec timeline(Analysis analysis, Views views, Map<String, Article> byId) {
        String path = OutputPath.TIMELINE;
        ExplainerViews explainer = new ExplainerViews(analysis.content().articles(), byId, views, markdown, path,
                memo.comparisons);
        return new PageSpec(path, "timeline.ftlh", new TimelinePage(
                views.page(path, "Timeline", "What happened when, and what came before, with the words of each"
                        + " source that reports it.", "timeline"),
                explainer.timeline(analysis.timeline())));
    }

    private PageSpec quoteList(Views views, QuoteViews quotes) {
        String path = OutputPath.QUOTES;
        return new PageSpec(path, "quotes.ftlh", new QuotesPage(
                views.page(path, "Who said what", "Every direct quote in the " + Plural.count(quotes.outletCount())
                        + " articles, by speaker, and how each outlet worded it.", "quotes"),
                quotes.quoteCount(), quotes.utteranceCount(), quotes.outletCount(), quotes.bySpeaker(path)));
    }

    private PageSpec peopleList(Content content, Views views) {
        String path = OutputPath.PEOPLE;
        return new PageSpec(path, "people.ftlh", new ListPage(
                views.page(path, "People", "Who is who in this story, and the spellings the outlets use.", "people"),
                views.articles(content.articles(), path), views.people(content.people(), path)));
    }

    private PageSpec person(Person person, List<Article> namedIn, Views views, QuoteViews quotes,
            QuoteInputs quoteInputs, Set<String> planned) {
        String path = OutputPath.person(person.id());
        return memo.planned.get(new PersonInputs(path, person, namedIn, views, quoteInputs),
                in -> planned(planned, person((PersonInputs) in, quotes.of(person.id(), path))));
    }

    private PageSpec person(PersonInputs in, List<UtteranceView> utterances) {
        Person person = in.person();
        Views views = in.views();
        String path = in.path();
        String description = person.role().isEmpty() ? person.name() : person.name() + ", " + person.role();
        return new PageSpec(path, "person.ftlh", new PersonPage(
                views.page(path, person.name(), description, "people"),
                views.person(person, path), markdown.toHtml(person.bio()), utterances,
                views.articles(in.namedIn(), path)));
    }
}
