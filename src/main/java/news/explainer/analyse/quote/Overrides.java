package news.explainer.analyse.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import news.explainer.load.Similarity;
import news.explainer.model.Person;
import news.explainer.problem.Problem;
import news.explainer.problem.Problems;
import news.explainer.problem.Severity;

/** Applies editors' attribution corrections; one that matches nothing is an error, never silently ignored. */
final class Overrides {
    private final Cast cast;

    Overrides(Cast cast) {
        this.cast = cast;
    }

    List<Quote> apply(List<Quote> quotes, List<AttributionOverride> overrides, Problems problems) {
        List<Quote> out = new ArrayList<>(quotes);
        for (AttributionOverride o : overrides) {
            Optional<Optional<Person>> speaker = speaker(o, problems);
            List<Integer> hits = matching(out, o);
            if (hits.isEmpty()) {
                problems.add(new Problem(Severity.ERROR, o.where(), "attribution override matches no quote in '"
                        + o.articleId() + "': “" + o.quoteStartsWith() + "”", "", nearest(out, o)));
            }
            if (speaker.isPresent()) {
                for (int i : hits) {
                    Quote q = out.get(i);
                    out.set(i, new Quote(q.id(), q.articleId(), q.start(), q.end(), q.text(), q.fragment(),
                            speaker.get().map(Person::id), speaker.get().map(Person::name).orElse("")));
                }
            }
        }
        return out;
    }

    /** The person asked for (empty for {@code none}); absent, with an error, when nobody has that id. */
    private Optional<Optional<Person>> speaker(AttributionOverride o, Problems problems) {
        if (o.speakerId().equals(AttributionOverride.NONE)) {
            return Optional.of(Optional.empty());
        }
        Optional<Person> person = cast.byId(o.speakerId());
        if (person.isEmpty()) {
            List<String> ids = cast.everyone().stream().map(Person::id).toList();
            problems.add(new Problem(Severity.ERROR, o.where(), "attribution override names no known person: '"
                    + o.speakerId() + "'", "", Similarity.didYouMean(o.speakerId(), ids, "known people (or none)")));
            return Optional.empty();
        }
        return Optional.of(person);
    }

    private static List<Integer> matching(List<Quote> quotes, AttributionOverride o) {
        String prefix = squashed(o.quoteStartsWith());
        List<Integer> hits = new ArrayList<>();
        for (int i = 0; i < quotes.size(); i++) {
            Quote q = quotes.get(i);
            if (q.articleId().equals(o.articleId()) && !prefix.isEmpty() && squashed(q.text()).startsWith(prefix)) {
                hits.add(i);
            }
        }
        return hits;
    }

    private static String nearest(List<Quote> quotes, AttributionOverride o) {
        String prefix = squashed(o.quoteStartsWith());
        return quotes.stream().filter(q -> q.articleId().equals(o.articleId()))
                .map(q -> squashed(q.text()))
                .map(t -> t.substring(0, Math.min(t.length(), Math.max(prefix.length(), 20))))
                .min(Comparator.comparingInt((String t) -> distance(t, prefix)).thenComparing(t -> t))
                .map(t -> "the nearest quote starts “" + t + "”")
                .orElse("the article has no quotes");
    }

    private static String squashed(String text) {
        return text.replace('\u00A0', ' ').strip().replaceAll("\\s+", " ");
    }

    /** Levenshtein distance, for the hint. */
    private static int distance(String a, String b) {
        int[] row = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            row[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int diagonal = row[0];
            row[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int above = row[j];
                row[j] = Math.min(Math.min(row[j] + 1, row[j - 1] + 1),
                        diagonal + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
                diagonal = above;
            }
        }
        return row[b.length()];
    }
}
