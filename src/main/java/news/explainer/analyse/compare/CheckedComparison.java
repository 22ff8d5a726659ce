package news.explainer.analyse.compare;

import java.util.List;
import news.explainer.analyse.citation.Evidence;
import news.explainer.model.Comparison;

/**
 * A comparison point with its evidence found in the articles and the discrepancies the evidence shows.
 *
 * @param answers one per article, in article order; an article the editor did not cover is absent
 */
public record CheckedComparison(Comparison comparison, List<Answer> answers, List<Discrepancy> discrepancies) {

    /** One article's answer with its evidence. */
    public record Answer(String article, String answer, boolean reported, List<Evidence> evidence) {}
}
