package news.explainer.analyse.quote;

import java.util.List;
import java.util.Optional;

/**
 * Quotes of one utterance, across articles: every quote is in exactly one cluster (most are alone).
 *
 * @param id {@code "c" + n}, n counting from 1 in the order of each cluster's earliest quote
 * @param speakerId shared by every quote of the cluster; empty when they are all unattributed
 * @param quoteIds the fullest variant (most words) first, then the rest in text order
 */
public record QuoteCluster(String id, Optional<String> speakerId, List<String> quoteIds) {

    public QuoteCluster {
        quoteIds = List.copyOf(quoteIds);
    }

    /** The fullest variant, the one others are compared against. */
    public String fullestQuoteId() {
        return quoteIds.get(0);
    }
}
