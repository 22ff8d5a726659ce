package news.explainer.render;

import java.util.List;
import news.explainer.analyse.Analysis;
import news.explainer.analyse.quote.Quote;
import news.explainer.analyse.quote.QuoteCluster;
import news.explainer.model.Article;
import news.explainer.model.Person;
import news.explainer.reuse.SameElements;

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
        return other instanceof QuoteInputs q && SameElements.in(q.quotes, quotes, QuoteInputs::sameWords)
                && SameElements.in(q.clusters, clusters) && q.speakers.equals(speakers) && q.people.equals(people)
                && ListedArticles.same(q.articles, articles);
    }

    @Override
    public int hashCode() {
        return 31 * quotes.size() + clusters.size();
    }

    /** The same quote, as utterances show it: all but where it stands in its article. */
    private static boolean sameWords(Quote x, Quote y) {
        return x.id().equals(y.id()) && x.articleId().equals(y.articleId()) && x.text().equals(y.text())
                && x.fragment() == y.fragment() && x.speakerId().equals(y.speakerId())
                && x.speakerName().equals(y.speakerName()) && x.editorNote().equals(y.editorNote());
    }
}
