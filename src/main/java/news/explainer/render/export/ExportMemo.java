package news.explainer.render.export;

import java.util.List;
import java.util.Map;
import news.explainer.analyse.compare.CheckedComparison;
import news.explainer.analyse.quote.Quote;
import news.explainer.analyse.quote.QuoteCluster;
import news.explainer.load.SourceText;
import news.explainer.reuse.Memo;

/**
 * What the data export keeps between preview builds: each article's quote records and each comparison answer's
 * record, made again only when the quotes or the answer, the article's text or the clusters changed (the analysis
 * hands back the same quote, answer and cluster objects while nothing they are made from changed, so comparing
 * them is quick). Their byte offsets and records were a fifth of a 10,000-article rebuild's CPU, for the one
 * article an edit changes; and the export's records, mostly the last build's objects, are then compared with the
 * last export's at once.
 */
public final class ExportMemo {
    final Memo<ArticleQuotes, List<ExplainerData.QuoteData>> quotes;
    final Memo<List<QuoteCluster>, Map<String, String>> clusterOf;
    final Memo<AnswerIn, ExplainerData.AnswerData> answers;

    private ExportMemo(boolean keeps) {
        // By article and by comparison and article: strings keep their hash, where an object's identity hash is a
        // call into the JVM under the quick compiler.
        this.quotes = keeps ? Memo.keepingOnePer(ArticleQuotes::article) : Memo.off();
        this.clusterOf = keeps ? Memo.keepingSame() : Memo.off();
        this.answers = keeps ? Memo.keepingOnePer(in -> new AnswerSlot(in.comparison(), in.answer().article()))
                : Memo.off();
    }

    public static ExportMemo keeping() {
        return new ExportMemo(true);
    }

    public static ExportMemo off() {
        return new ExportMemo(false);
    }

    public void endBuild() {
        quotes.endBuild();
        clusterOf.endBuild();
        answers.endBuild();
    }

    /**
     * What an article's quote records are made from: its quotes, the text their offsets are into, and the clusters
     * (the same object while the matcher's result is the same).
     */
    record ArticleQuotes(String article, SourceText source, List<Quote> quotes, List<QuoteCluster> clusters) {
        /** The clusters by identity: comparing thousands of them for each article would cost more than it saves. */
        @Override
        public boolean equals(Object other) {
            return other instanceof ArticleQuotes a && a.source == source && a.clusters == clusters
                    && a.article.equals(article) && a.quotes.equals(quotes);
        }

        @Override
        public int hashCode() {
            return article.hashCode();
        }
    }

    /** What an answer's record is made from: the answer and the text its evidence's offsets are into. */
    record AnswerIn(String comparison, CheckedComparison.Answer answer, SourceText source) {}

    /** Where an answer stands: one per comparison and article. */
    private record AnswerSlot(String comparison, String article) {}
}
