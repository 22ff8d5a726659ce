package news.explainer.analyse.quote;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import news.explainer.load.SourceText;
import news.explainer.model.ParsedArticle;
import news.explainer.model.Person;
import news.explainer.reuse.Memo;

/**
 * What the quote stage keeps between preview builds, per article: the quotes found in its text, the names it gives
 * before a speech verb, and who said each quote. An unchanged article comes back from loading as the same
 * {@link ParsedArticle}, so its keys are found at once; attribution is kept only while the cast (everyone who may
 * speak, from the people files and every article) is the same as well.
 */
public final class QuoteMemo {
    final Memo<ParsedArticle, List<QuoteExtractor.Found>> found;
    final Memo<Named, Map<String, Person>> names;
    final Memo<Attributed, List<Optional<Person>>> speakers;
    final Memo<Quoted, List<Quote>> quotes;
    final Memo<List<Matched>, List<QuoteCluster>> clusters;
    /** The known spellings and the cast, each the last build's object while equal: keys above then compare at once. */
    final Memo<Set<String>, Set<String>> spellings;
    final Memo<Cast, Cast> casts;

    private QuoteMemo(boolean keeps) {
        // Per article, found by the parsed article's identity (or the article's id) and compared only on a hit:
        // hashing a parse walks all its text.
        this.found = keeps ? Memo.keepingSame() : Memo.off();
        this.names = keeps ? Memo.keepingOnePerSame(Named::article) : Memo.off();
        this.speakers = keeps ? Memo.keepingOnePerSame(Attributed::article) : Memo.off();
        this.quotes = keeps ? Memo.keepingOnePer(Quoted::articleId) : Memo.off();
        this.clusters = keeps ? Memo.keeping() : Memo.off();
        this.spellings = keeps ? Memo.keeping() : Memo.off();
        this.casts = keeps ? Memo.keeping() : Memo.off();
    }

    public static QuoteMemo keeping() {
        return new QuoteMemo(true);
    }

    public static QuoteMemo off() {
        return new QuoteMemo(false);
    }

    public void endBuild() {
        found.endBuild();
        names.endBuild();
        speakers.endBuild();
        quotes.endBuild();
        clusters.endBuild();
        spellings.endBuild();
        casts.endBuild();
    }

    record Named(ParsedArticle article, List<QuoteExtractor.Found> quotes, Set<String> knownSpellings) {}

    /**
     * What the matcher reads of a quote, including whether the editors set it apart. An edit outside the quotes
     * moves their offsets but leaves these, and the clusters, as they were.
     */
    record Matched(String id, String text, Optional<String> speakerId, boolean fragment, boolean alone) {

        static List<Matched> of(List<Quote> quotes, Set<String> alone) {
            return quotes.stream().map(q -> new Matched(q.id(), q.text(), q.speakerId(), q.fragment(),
                    alone.contains(q.id()))).toList();
        }
    }

    record Attributed(Cast cast, ParsedArticle article, List<QuoteExtractor.Found> quotes) {}

    /** An article's quotes as made from its text, the quotes found in it and their speakers. */
    record Quoted(String articleId, SourceText text, List<QuoteExtractor.Found> found,
            List<Optional<Person>> speakers) {}
}
