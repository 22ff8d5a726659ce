package news.explainer.analyse.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import news.explainer.load.Similarity;
import news.explainer.model.Article;
import news.explainer.model.Person;
import news.explainer.model.QuoteAttribution;
import news.explainer.problem.Problem;
import news.explainer.problem.Problems;
import news.explainer.problem.Severity;

/** Applies editors' attributions; one that matches nothing is an error, never silently ignored. */
final class Overrides {
    static final String NONE = "none";

    private final Cast cast;
    private final Set<String> articleIds = new TreeSet<>();
    private final Set<String> alone = new TreeSet<>();

    Overrides(Cast cast, List<Article> articles) {
        this.cast = cast;
        articles.forEach(a -> articleIds.add(a.id()));
    }

    List<Quote> apply(List<Quote> quotes, List<QuoteAttribution> overrides, Problems problems) {
        List<Quote> out = new ArrayList<>(quotes);
        Map<Integer, QuoteAttribution> decided = new HashMap<>();
        for (QuoteAttribution o : overrides) {
            if (!articleIds.contains(o.article())) {
                problems.add(new Problem(Severity.ERROR, o.articleWhere(), "attribution names an unknown article '"
                        + o.article() + "'", "", Similarity.didYouMean(o.article(), articleIds, "known sources")));
                continue;
            }
            Optional<Optional<Person>> speaker = speaker(o, problems);
            List<Integer> hits = matching(out, o);
            if (hits.isEmpty()) {
                problems.add(new Problem(Severity.ERROR, o.where(), "attribution matches no quote in '"
                        + o.article() + "': “" + o.quoteStartsWith() + "”", "", nearest(out, o)));
            }
            for (int i : hits) {
                QuoteAttribution before = decided.putIfAbsent(i, o);
                if (before != null) {
                    problems.add(new Problem(Severity.ERROR, o.where(), "a second attribution for the quote “"
                            + o.quoteStartsWith() + "” in '" + o.article() + "'", "", "the first is " + before.id()
                            + ": keep one of the two"));
                }
            }
            if (speaker.isPresent()) {
                for (int i : hits) {
                    out.set(i, out.get(i).attributedBy(speaker.get(), o.note()));
                }
            }
            if (o.separate()) {
                hits.forEach(i -> alone.add(out.get(i).id()));
            }
        }
        return out;
    }

    /** The quotes the editors asked to keep out of any cluster, once {@link #apply} has run. */
    Set<String> alone() {
        return Set.copyOf(alone);
    }

    /** The person asked for (empty for {@code none}); absent, with an error, when nobody has that id. */
    private Optional<Optional<Person>> speaker(QuoteAttribution o, Problems problems) {
        if (o.speaker().equals(NONE)) {
            return Optional.of(Optional.empty());
        }
        Optional<Person> person = cast.byId(o.speaker());
        if (person.isEmpty()) {
            List<String> ids = cast.everyone().stream().map(Person::id).toList();
            problems.add(new Problem(Severity.ERROR, o.speakerWhere(), "attribution names an unknown person '"
                    + o.speaker() + "'", "", Similarity.didYouMean(o.speaker(), ids, "known people (or none)")));
            return Optional.empty();
        }
        return Optional.of(person);
    }

    private static List<Integer> matching(List<Quote> quotes, QuoteAttribution o) {
        String prefix = squashed(o.quoteStartsWith());
        List<Integer> hits = new ArrayList<>();
        for (int i = 0; i < quotes.size(); i++) {
            Quote q = quotes.get(i);
            if (q.articleId().equals(o.article()) && !prefix.isEmpty() && squashed(q.text()).startsWith(prefix)) {
                hits.add(i);
            }
        }
        return hits;
    }

    private static String nearest(List<Quote> quotes, QuoteAttribution o) {
        String prefix = squashed(o.quoteStartsWith());
        return quotes.stream().filter(q -> q.articleId().equals(o.article()))
                .map(q -> squashed(q.text()))
                .map(t -> t.substring(0, Math.min(t.length(), Math.max(prefix.length(), 20))))
                .min(Comparator.comparingInt((String t) -> Similarity.editDistance(t, prefix)).thenComparing(t -> t))
                .map(t -> "the nearest quote starts “" + t + "”")
                .orElse("the article has no quotes");
    }

    private static String squashed(String text) {
        return text.replace('\u00A0', ' ').strip().replaceAll("\\s+", " ");
    }
}
