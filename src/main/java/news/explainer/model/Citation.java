package news.explainer.model;

import java.util.List;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import news.explainer.problem.SourceRef;

/**
 * Passages an editor cites from one article, as written in the annotation. The analysis checks that each really
 * stands in the article.
 *
 * <p>Positions are found only when a message needs one: finding a line means scanning the annotation from its top,
 * and a comparison that answers for 10,000 articles would otherwise scan its own file 10,000 times.
 *
 * @param article the source id
 * @param passages the cited words, verbatim
 * @param whereOf where passage {@code i} is written in the annotation, for messages
 * @param articleAt where the article id is written, for messages
 */
public record Citation(String article, List<String> passages, IntFunction<SourceRef> whereOf,
        Supplier<SourceRef> articleAt) {

    /** Where passage {@code i} is written in the annotation. */
    public SourceRef where(int i) {
        return whereOf.apply(i);
    }

    /** Where the article id is written in the annotation. */
    public SourceRef articleRef() {
        return articleAt.get();
    }
}
