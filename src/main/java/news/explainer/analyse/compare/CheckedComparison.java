package news.explainer.analyse.compare;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import news.explainer.analyse.citation.Evidence;
import news.explainer.model.Comparison;

/**
 * A comparison point with its evidence found in the articles and the discrepancies the evidence shows.
 *
 * @param answers one per article, in article order; an article the editor did not cover is absent
 */
public record CheckedComparison(Comparison comparison, List<Answer> answers, List<Discrepancy> discrepancies) {

    /**
     * How many articles the editors have answered for: one answer each, as {@link ComparisonChecker} keeps them (a
     * second answer for an article is an error there). Counted, not collected into a set of ids: the preview asks
     * after every save, and a set of every article's id per point was rebuilt each time.
     */
    public int answeredCount() {
        return answers.size();
    }

    /** How many articles report the point. */
    public int reportingCount() {
        int reporting = 0;
        for (Answer answer : answers) {
            reporting += answer.reported() ? 1 : 0;
        }
        return reporting;
    }

    /**
     * Each article's answer, in the order of {@code articleIds}, with null where the editors have not answered for
     * it; an article's first answer counts. The answers come in the articles' order: one walk along both lists, where
     * looking each article up in a map of the answers took a twelfth of a 10,000-article preview rebuild. Answers in
     * another order are looked up.
     */
    public List<Answer> byArticle(List<String> articleIds) {
        Answer[] found = new Answer[articleIds.size()];
        int next = 0;
        for (int i = 0; i < found.length; i++) {
            String article = articleIds.get(i);
            boolean answered = next < answers.size() && answers.get(next).article().equals(article);
            found[i] = answered ? answers.get(next) : null;
            while (answered && next < answers.size() && answers.get(next).article().equals(article)) {
                next++;
            }
        }
        if (next != answers.size()) {
            Map<String, Answer> first = answers.stream()
                    .collect(Collectors.toMap(Answer::article, Function.identity(), (a, b) -> a));
            for (int i = 0; i < found.length; i++) {
                found[i] = first.get(articleIds.get(i));
            }
        }
        return Collections.unmodifiableList(Arrays.asList(found));
    }

    /** One article's answer with its evidence. */
    public record Answer(String article, String answer, boolean reported, List<Evidence> evidence) {}
}
