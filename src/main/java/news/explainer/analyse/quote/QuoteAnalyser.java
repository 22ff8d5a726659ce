package news.explainer.analyse.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.explainer.concurrent.AcrossCores;
import news.explainer.load.SourceText;
import news.explainer.model.Article;
import news.explainer.model.Person;
import news.explainer.model.QuoteAttribution;
import news.explainer.problem.Problems;

/**
 * The quote stage in one call: extract, attribute, apply editors' corrections, match across articles.
 * Output depends only on the input and its order: ids and order are stable from run to run.
 */
public final class QuoteAnalyser {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[’'-][\\p{L}\\p{N}]+)*");

    private final QuoteMemo memo;

    public QuoteAnalyser() {
        this(QuoteMemo.off());
    }

    /** An analyser that keeps each article's quotes and attributions in {@code memo} while its inputs stay equal. */
    public QuoteAnalyser(QuoteMemo memo) {
        this.memo = memo;
    }

    public QuoteAnalysis analyse(List<Article> articles, List<Person> people, List<QuoteAttribution> overrides,
            Problems problems) {
        QuoteExtractor extractor = new QuoteExtractor();
        // Extraction and attribution are per article, so they run on every core; the lists keep the articles' order.
        List<List<QuoteExtractor.Found>> found = AcrossCores.map(articles.size(), a -> memo.found.get(
                articles.get(a).parsed(), parsed -> extractor.extract(parsed.textBlocks())));
        // An equal cast gives the same attributions: the last build's object, so that keys holding it compare at once.
        Cast cast = memo.casts.get(Cast.of(people, articles, found, memo), same -> same);
        SpeakerAttributor attributor = new SpeakerAttributor(cast);
        List<Quote> quotes = AcrossCores.map(articles.size(), a -> {
            Article article = articles.get(a);
            List<Optional<Person>> speakers = memo.speakers.get(
                    new QuoteMemo.Attributed(cast, article.parsed(), found.get(a)),
                    key -> attributor.attribute(key.article().textBlocks(), key.quotes()));
            return memo.quotes.get(new QuoteMemo.Quoted(article.id(), article.source(), found.get(a), speakers),
                    key -> quotes(article, key.found(), key.speakers()));
        }).stream().flatMap(List::stream).toList();
        Overrides corrections = new Overrides(cast, articles);
        quotes = corrections.apply(quotes, overrides, problems);
        List<Quote> all = quotes;
        Set<String> alone = corrections.alone();
        // Kept as the list the analysis holds (copying an immutable list gives it back): the same object while the
        // clusters are unchanged, which later steps then compare at once.
        List<QuoteCluster> clusters = memo.clusters.get(QuoteMemo.Matched.of(all, alone),
                key -> List.copyOf(new QuoteMatcher().match(all, alone)));
        Map<String, SourceText> sources = new HashMap<>();
        articles.forEach(a -> sources.put(a.id(), a.source()));
        return new QuoteAnalysis(quotes, clusters, speakingPeople(cast, quotes), QuoteRun.of(quotes, sources::get));
    }

    private static List<Quote> quotes(Article article, List<QuoteExtractor.Found> found,
            List<Optional<Person>> speakers) {
        List<Quote> own = new ArrayList<>();
        for (int q = 0; q < found.size(); q++) {
            own.add(quote(article, q + 1, found.get(q), speakers.get(q)));
        }
        return List.copyOf(own);
    }

    private static Quote quote(Article article, int n, QuoteExtractor.Found f, Optional<Person> speaker) {
        String text = article.source().text().substring(f.start(), f.end());
        return new Quote(article.id() + "-q" + n, article.id(), f.start(), f.end(), text, isFragment(text),
                speaker.map(Person::id), speaker.map(Person::name).orElse(""), Optional.empty());
    }

    /** The people given, then those known only from the text who are said to have spoken. */
    private static List<Person> speakingPeople(Cast cast, List<Quote> quotes) {
        Set<String> speakers = new TreeSet<>();
        quotes.forEach(q -> q.speakerId().ifPresent(speakers::add));
        List<Person> out = new ArrayList<>(cast.known());
        cast.everyone().stream().skip(cast.known().size()).filter(p -> speakers.contains(p.id())).forEach(out::add);
        return out;
    }

    /**
     * A few words ({@code “weaponising winter”}), or words that continue the reporter's own sentence, which shows
     * as a quote starting in lower case ({@code confirmed … “in order to create favorable conditions …”}).
     */
    static boolean isFragment(String text) {
        Matcher word = WORD.matcher(text);
        int words = 0;
        while (words < 5 && word.find()) { // five words are enough to know; no match objects kept
            words++;
        }
        return words < 5 || Character.isLowerCase(firstLetter(text));
    }

    /** The first letter, or 'a' when there is none: a quote without letters is a fragment. */
    private static int firstLetter(String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (Character.isLetter(c)) {
                return c;
            }
            i += Character.charCount(c);
        }
        return 'a';
    }
}
