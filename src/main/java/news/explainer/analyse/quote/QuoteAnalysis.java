package news.explainer.analyse.quote;

import java.util.List;
import news.explainer.model.Person;

/**
 * Everything the quote stage found.
 *
 * @param quotes every quote, articles in the order given, quotes in text order
 * @param clusters every cluster, ordered by their earliest quote
 * @param people the people given, then the speakers known only from the articles' text (sorted by id)
 */
public record QuoteAnalysis(List<Quote> quotes, List<QuoteCluster> clusters, List<Person> people) {

    public QuoteAnalysis {
        quotes = List.copyOf(quotes);
        clusters = List.copyOf(clusters);
        people = List.copyOf(people);
    }
}
