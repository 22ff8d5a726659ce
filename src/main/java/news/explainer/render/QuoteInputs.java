package news.explainer.render;

import java.util.List;
import news.explainer.analyse.Analysis;
import news.explainer.analyse.quote.Quote;
import news.explainer.analyse.quote.QuoteCluster;
import news.explainer.model.Article;
import news.explainer.model.Person;

/**
 * Everything the views of utterances ({@link QuoteViews}) are made from: the quotes, the clusters, the speakers,
 * what a list shows of each article (its outlet, {@link ListedArticles}) and the people with pages. While it is
 * equal to the last build's, the quotes page, the person pages and the explainer's key quotes are not planned
 * again: after an edit of one article's words outside its quotes, thousands of utterances need not be looked up.
 * Compared the cheap way: quotes and clusters one by one, an unchanged one being the last build's object. Where a
 * quote stands in its article is left out: an edit before it moves it, and no utterance view shows that (the marks
 * on source pages, which do, are kept by their own inputs).
 */
record QuoteInputs(List<Quote> quotes, List<QuoteCluster> clusters, List<Person> speakers, List<Article> articles,
        List<Person> people) {

    static QuoteInputs of(Analysis analysis) {
        return new QuoteInputs(analysis.quotes().quotes(), analysis.quotes().clusters(), analysis.quotes().people(),
                analysis.content().articles(), analysis.content().people());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof QuoteInputs q && sameWords(q.quotes, quotes) && same(q.clusters, clusters)
                && q.speakers.equals(speakers) && q.people.equals(people) && ListedArticles.same(q.articles, articles);
    }

    @Override
    public int hashCode() {
        return 31 * quotes.size() + clusters.size();
    }

    /** The same quotes, as utterances show them: all but where each stands in its article. */
    private static boolean sameWords(List<Quote> a, List<Quote> b) {
        if (a == b) {
            return true;
        }
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            Quote x = a.get(i);
            Quote y = b.get(i);
            if (x != y && !(x.id().equals(y.id()) && x.articleId().equals(y.articleId()) && x.text().equals(y.text())
                    && x.fragment() == y.fragment() && x.speakerId().equals(y.speakerId())
                    && x.speakerName().equals(y.speakerName()) && x.editorNote().equals(y.editorNote()))) {
                return false;
            }
        }
        return true;
    }

    /** Equal lists, each pair of elements the same object or equal: a hundred thousand references compared at once. */
    static boolean same(List<?> a, List<?> b) {
        if (a == b) {
            return true;
        }
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            Object x = a.get(i);
            Object y = b.get(i);
            if (x != y && !x.equals(y)) {
                return false;
            }
        }
        return true;
    }
}
