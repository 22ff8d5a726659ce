package news.explainer.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import news.explainer.analyse.Analysis;
import news.explainer.model.Person;
import news.explainer.problem.Problems;
import news.explainer.render.view.ArticleView;
import news.explainer.render.view.IndexPage;
import news.explainer.render.view.ListPage;
import news.explainer.render.view.PersonPage;
import news.explainer.render.view.SpeakerQuotes;
import news.explainer.render.view.UtteranceView;
import news.explainer.reuse.Memo;
import news.explainer.testing.RealSite;
import news.explainer.write.FileSink;
import org.junit.jupiter.api.Test;

/**
 * What one build makes once and shows on several pages: an utterance's variants (by the way from the page to the
 * sources folder) and an article's line in a list. Each page must still show exactly what it would show had it been
 * the only page asking, whichever page asked first.
 */
class SharedViewsTest {
    private static final String QUOTES = OutputPath.QUOTES;

    private static QuoteViews fresh(Analysis analysis) {
        return new QuoteViews(analysis, ExplainerViews.articlesById(analysis), new Markdown(), Memo.withinOneBuild(),
                Memo.off(), Memo.off(), Memo.off());
    }

    /** The people with quotes and a page: the pages that show utterances besides the quotes page and the explainer. */
    private static List<Person> speakersWithPages(Analysis analysis) {
        Set<String> speakers = new HashSet<>();
        analysis.quotes().clusters().forEach(c -> c.speakerId().ifPresent(speakers::add));
        return analysis.content().people().stream().filter(p -> speakers.contains(p.id())).toList();
    }

    @Test
    void everyPageShowsTheUtterancesItWouldAloneWhicheverPageAskedFirst() {
        Analysis analysis = RealSite.result().analysis();
        List<Person> people = speakersWithPages(analysis);
        assertFalse(people.isEmpty(), "the real content has person pages with quotes");
        // One instance, as a build shares it: the person pages first, then the quotes page, then the explainer, which
        // is one folder up and must not be handed the variants made for pages that lead to ../sources/.
        QuoteViews shared = fresh(analysis);
        Map<String, Object> asked = new HashMap<>();
        people.forEach(p -> asked.put(OutputPath.person(p.id()), shared.of(p.id(), OutputPath.person(p.id()))));
        asked.put(QUOTES, shared.bySpeaker(QUOTES));
        asked.put(OutputPath.INDEX, shared.key(OutputPath.INDEX, Integer.MAX_VALUE));
        // and the other way round
        QuoteViews reversed = fresh(analysis);
        Map<String, Object> askedReversed = new HashMap<>();
        askedReversed.put(OutputPath.INDEX, reversed.key(OutputPath.INDEX, Integer.MAX_VALUE));
        askedReversed.put(QUOTES, reversed.bySpeaker(QUOTES));
        people.forEach(p -> askedReversed.put(OutputPath.person(p.id()),
                reversed.of(p.id(), OutputPath.person(p.id()))));

        for (String page : asked.keySet()) {
            QuoteViews alone = fresh(analysis);
            Object expected = page.equals(QUOTES) ? alone.bySpeaker(QUOTES)
                    : page.equals(OutputPath.INDEX) ? alone.key(page, Integer.MAX_VALUE)
                    : alone.of(page.replaceFirst("^people/(.*)\\.html$", "$1"), page);
            assertEquals(expected, asked.get(page), page);
            assertEquals(expected, askedReversed.get(page), page + ", asked in the other order");
        }
        @SuppressWarnings("unchecked")
        List<UtteranceView> key = (List<UtteranceView>) asked.get(OutputPath.INDEX);
        assertFalse(key.isEmpty(), "the real content has utterances carried by two outlets");
        key.forEach(u -> u.variants().forEach(v -> assertTrue(v.href().startsWith("sources/"), v.href())));
    }

    @Test
    void aPersonPageAndTheQuotesPageShareEachUtterancesVariants() {
        Analysis analysis = RealSite.result().analysis();
        QuoteViews views = fresh(analysis);
        Map<String, List<UtteranceView.Variant>> onQuotesPage = new HashMap<>();
        for (SpeakerQuotes section : views.bySpeaker(QUOTES)) {
            section.utterances().forEach(u -> onQuotesPage.put(u.id(), u.variants()));
            section.fragments().forEach(u -> onQuotesPage.put(u.id(), u.variants()));
        }
        int shared = 0;
        for (Person p : speakersWithPages(analysis)) {
            for (UtteranceView u : views.of(p.id(), OutputPath.person(p.id()))) {
                // each view copies the list (UtteranceView's List.copyOf), but not the variants in it
                List<UtteranceView.Variant> made = onQuotesPage.get(u.id());
                assertEquals(made.size(), u.variants().size(), u.id());
                for (int v = 0; v < made.size(); v++) {
                    assertSame(made.get(v), u.variants().get(v), u.id() + " on " + p.id() + "'s page");
                }
                shared++;
            }
        }
        assertTrue(shared > 0, "the real content shows utterances on person pages");
    }

    @Test
    void aOneOffBuildMakesEachArticlesLineOnceForThePersonPagesAndKeepsNoneAfterIt() {
        Analysis analysis = RealSite.result().analysis();
        RenderMemo memo = RenderMemo.off();
        List<PageSpec> pages = new ArrayList<>();
        new PagePlanner(new Markdown(), memo).plan(analysis, new ShareCard(analysis), Function.identity())
                .forEach(pages::add);
        Map<String, ArticleView> seen = new HashMap<>();
        int sharedLines = 0;
        for (PageSpec page : pages) {
            if (page.view() instanceof PersonPage person) {
                for (ArticleView line : person.namedIn()) {
                    ArticleView earlier = seen.putIfAbsent(line.id(), line);
                    if (earlier != null) {
                        assertSame(earlier, line, line.id() + " on " + page.path());
                        sharedLines++;
                    }
                }
            }
        }
        assertTrue(sharedLines > 0, "the real content names an article on two person pages");
        // and each page, whatever its folder, has lines that lead from it: the explainer, the sources list, a person
        int checked = 0;
        for (PageSpec page : pages) {
            List<ArticleView> lines = page.view() instanceof PersonPage person ? person.namedIn()
                    : page.view() instanceof ListPage list ? list.sources()
                    : page.view() instanceof IndexPage index ? index.sources() : List.of();
            for (ArticleView line : lines) {
                assertEquals(Links.relative(page.path(), OutputPath.source(line.id())), line.href(), page.path());
                checked++;
            }
        }
        assertTrue(checked > 2 * analysis.content().articles().size(), "the explainer, the sources list, people");
        memo.endBuild();
        assertEquals(0, memo.articles.size(), "a one-off build keeps no line once it ends");
    }

    @Test
    void thePreviewKeepsOneLinePerArticleAndWayToTheSourcesNotOnePerPage() {
        Analysis analysis = RealSite.result().analysis();
        RenderMemo memo = RenderMemo.keeping();
        Problems problems = new Problems();
        new SiteRenderer(Path.of("templates"), "templates", memo).render(analysis, problems, FileSink.NONE);
        assertFalse(problems.hasErrors(), () -> problems.sorted().toString());
        // the explainer (sources/), the sources list (./) and the person pages (../sources/), at most
        int articles = analysis.content().articles().size();
        assertTrue(memo.articles.size() <= 3 * articles, memo.articles.size() + " lines for " + articles);
    }
}
