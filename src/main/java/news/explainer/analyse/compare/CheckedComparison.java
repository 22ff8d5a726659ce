package news.explainer.analyse.compare;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import news.explainer.analyse.citation.Evidence;
import news.explainer.model.Comparison;

/**
 * A comparison point with its evidence found in the articles and the discrepancies the evidence shows.
 *
 * @param answers one per article, in article order; an article the editor did not cover is absent
 */
public record CheckedComparison(Comparison comparison, List<Answer> answers, List<Discrepancy> discrepancies) {

    /** The ids of the articles the editors have answered for. */
    public Set<String> answered() {
        return answers.stream().map(Answer::article).collect(Collectors.toSet());
    }

    /** The ids of the articles that report the point. */
    public Set<String> reporting() {
        return answers.stream().filter(Answer::reported).map(Answer::article).collect(Collectors.toSet());
    }

    /** One article's answer with its evidence. */
    public record Answer(String article, String answer, boolean reported, List<Evidence> evidence) {}
}
