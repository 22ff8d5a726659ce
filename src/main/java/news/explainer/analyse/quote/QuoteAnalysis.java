package news.explainer.analyse.quote;

import java.util.List;
import news.explainer.model.Person;

/**
 * Everything the quote stage found.
 *
 * @param quotes every quote, articles in the order given, quotes in text order
 * @param clusters every cluster, ordered by their earliest quote
 * @param people the people given, then the speakers known only from the articles' text (sorted by id)
 * @param runs the same quotes, article by article, with each article's text: what the data export and the source
 *     pages' marks are made from, found once here
 */
public record QuoteAnalysis(List<Quote> quotes, List<QuoteCluster> clusters, List<Person> people,
        List<QuoteRun> runs) {

    public QuoteAnalysis {
        quotes = List.copyOf(quotes);
        clusters = List.copyOf(clusters);
        people = List.copyOf(people);
        runs = List.copyOf(runs);
    }
}
