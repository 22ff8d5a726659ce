package news.explainer.analyse.compare;

import java.util.List;
import news.explainer.analyse.citation.PassageFinder;
import news.explainer.model.Article;
import news.explainer.model.Comparison;
import news.explainer.problem.Problems;

/**
 * A claim is published as its author's words, so it must stand in at least one article, as the evidence does
 * (whitespace and quote style aside). Articles are searched only for points that name a claim, which are few.
 */
public final class ClaimCheck {
    private final List<Article> articles;

    public ClaimCheck(List<Article> articles) {
        this.articles = articles;
    }

    public void check(List<Comparison> comparisons, Problems problems) {
        for (Comparison c : comparisons) {
            c.claim().ifPresent(claim -> {
                boolean found = articles.stream().anyMatch(a -> new PassageFinder(a).find(claim.text()).isPresent());
                if (!found) {
                    problems.error(claim.textWhere(), "the claim's words are not in any article: \""
                            + claim.text() + "\"");
                }
            });
        }
    }
}
