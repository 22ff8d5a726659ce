package news.explainer.analyse.compare;

import java.util.List;

/**
 * Figures of one kind that differ between outlets on the same point.
 *
 * @param values each distinct value with the articles that give it, in article order
 */
public record Discrepancy(String kind, List<Value> values) {

    /** One value and the articles whose evidence gives it. */
    public record Value(String value, List<String> articles, List<String> asWritten) {}
}
