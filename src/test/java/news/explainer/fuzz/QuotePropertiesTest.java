package news.explainer.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import news.explainer.analyse.quote.Quote;
import news.explainer.analyse.quote.QuoteAnalyser;
import news.explainer.analyse.quote.QuoteAnalysis;
import news.explainer.analyse.quote.QuoteCluster;
import news.explainer.load.ArticleParser;
import news.explainer.load.ContentLoader;
import news.explainer.load.SourceText;
import news.explainer.load.Utf8Reader;
import news.explainer.model.Article;
import news.explainer.model.Person;
import news.explainer.problem.Problems;
import org.junit.jupiter.api.Test;

/**
 * Quote extraction, attribution and matching on arbitrary articles: never a throw or a hang; every quote lies inside
 * its file, and the text at its offsets (as characters, and as the bytes the data export promises) is the quote;
 * every speaker is a known person; every quote is in exactly one cluster.
 */
class QuotePropertiesTest {
    private static final List<Person> PEOPLE = new ContentLoader(new Utf8Reader(Path.of("")))
            .load(Path.of("content"), new Problems()).people();

    @Test
    void everyQuoteIsTheTextAtItsOffsets() {
        java.util.concurrent.atomic.AtomicInteger quotes = new java.util.concurrent.atomic.AtomicInteger();
        Fuzz.check("QuoteAnalyser: quotes are the text at their offsets", 500,
                Inputs.anyArticle().zip(Inputs.anyArticle(), TwoArticles::new), in -> {
                    List<Article> articles = List.of(article("a", in.first()), article("b", in.second()));
                    QuoteAnalysis analysis = new QuoteAnalyser().analyse(articles, PEOPLE, List.of(), new Problems());
                    quotes.addAndGet(analysis.quotes().size());
                    for (Quote quote : analysis.quotes()) {
                        SourceText source = (quote.articleId().equals("a") ? articles.get(0) : articles.get(1)).source();
                        assertTheTextAtItsOffsets(source, quote);
                    }
                    assertEveryQuoteInOneCluster(analysis);
                    Set<String> people = new HashSet<>();
                    analysis.people().forEach(p -> people.add(p.id()));
                    analysis.quotes().forEach(q -> q.speakerId().ifPresent(s -> assertTrue(people.contains(s), s)));
                });
        System.out.println("fuzz: QuoteAnalyser: " + quotes.get() + " quotes checked");
    }

    private record TwoArticles(String first, String second) {
        @Override
        public String toString() {
            return "a: " + Fuzz.show(first) + "\nb: " + Fuzz.show(second);
        }
    }

    static void assertTheTextAtItsOffsets(SourceText source, Quote quote) {
        String text = source.text();
        assertTrue(0 <= quote.start() && quote.start() < quote.end() && quote.end() <= text.length(), quote::toString);
        assertEquals(text.substring(quote.start(), quote.end()), quote.text());
        byte[] bytes = source.bytes();
        int from = source.byteOffset(quote.start());
        int to = source.byteOffset(quote.end());
        assertEquals(quote.text(), new String(bytes, from, to - from, StandardCharsets.UTF_8), "bytes of " + quote.id());
    }

    private static void assertEveryQuoteInOneCluster(QuoteAnalysis analysis) {
        List<String> clustered = analysis.clusters().stream().map(QuoteCluster::quoteIds).flatMap(List::stream).toList();
        assertEquals(analysis.quotes().size(), clustered.size());
        assertEquals(Set.copyOf(analysis.quotes().stream().map(Quote::id).toList()), Set.copyOf(clustered));
    }

    static Article article(String id, String text) {
        SourceText source = new SourceText("articles/" + id + ".txt", text, 0);
        return new Article(id, source, new ArticleParser().parse(text), "Outlet " + id, true, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), "", Optional.empty());
    }
}
