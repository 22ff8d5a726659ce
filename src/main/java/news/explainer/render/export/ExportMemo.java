package news.explainer.render.export;

import java.util.List;
import java.util.Map;
import news.explainer.analyse.compare.CheckedComparison;
import news.explainer.analyse.quote.QuoteCluster;
import news.explainer.analyse.quote.QuoteRun;
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
    /** Each article's quote records, by its run of quotes and the clusters. */
    final Memo<QuoteRun.With<List<QuoteCluster>>, List<ExplainerData.QuoteData>> quotes;
    final Memo<List<QuoteCluster>, Map<String, String>> clusterOf;
    final Memo<AnswerIn, ExplainerData.AnswerData> answers;

    private ExportMemo(boolean keeps) {
        // By article and by comparison and article: strings keep their hash, where an object's identity hash is a
        // call into the JVM under the quick compiler.
        this.quotes = keeps ? Memo.keepingOnePer(in -> in.run().article()) : Memo.off();
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

    /** What an answer's record is made from: the answer and the text its evidence's offsets are into. */
    record AnswerIn(String comparison, CheckedComparison.Answer answer, SourceText source) {}

    /** Where an answer stands: one per comparison and article. */
    private record AnswerSlot(String comparison, String article) {}
}
