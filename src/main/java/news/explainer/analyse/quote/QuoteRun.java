package news.explainer.analyse.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import news.explainer.load.SourceText;

/**
 * One article's quotes as they stand together in the analysis (articles in order, each article's quotes in text
 * order), with the text their offsets are into: what the preview keeps a step's result by, article by article.
 * Equal when the text is the same object and the quotes are equal (the same objects while the article is unchanged).
 *
 * @param quotes a copy, not a view of every quote: a result kept for an article no longer asked for would otherwise
 *     keep the whole list of the build that made it
 */
public record QuoteRun(String article, SourceText source, List<Quote> quotes) {

    public QuoteRun {
        quotes = List.copyOf(quotes);
    }

    /** Each article's run of quotes, in order; {@code sources} gives each article's text by id. */
    public static List<QuoteRun> of(List<Quote> quotes, Function<String, SourceText> sources) {
        List<QuoteRun> runs = new ArrayList<>();
        for (int from = 0, to; from < quotes.size(); from = to) {
            String article = quotes.get(from).articleId();
            for (to = from + 1; to < quotes.size() && quotes.get(to).articleId().equals(article); to++) {
                // the run of this article's quotes
            }
            runs.add(new QuoteRun(article, sources.apply(article), quotes.subList(from, to)));
        }
        return runs;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof QuoteRun r && r.source == source && r.article.equals(article) && r.quotes.equals(quotes);
    }

    @Override
    public int hashCode() {
        return article.hashCode();
    }

    /**
     * A run with what else a step makes its result from ({@code same}: the clusters, the labels), compared by
     * identity, as it is the same object while what it is made from is unchanged: comparing thousands of entries for
     * each article would cost more than it saves.
     */
    public record With<T>(QuoteRun run, T same) {
        @Override
        public boolean equals(Object other) {
            return other instanceof With<?> w && w.same == same && w.run.equals(run);
        }

        @Override
        public int hashCode() {
            return run.hashCode();
        }
    }
}
