package news.explainer.analyse.compare;

import java.util.List;
import news.explainer.analyse.citation.EvidenceChecker;
import news.explainer.model.Comparison;
import news.explainer.problem.Problems;

/**
 * A claim is published as its author's words, so it must stand in at least one article, as the evidence does
 * (whitespace and quote style aside). The evidence checker's passage finders are reused, not built again.
 */
public final class ClaimCheck {
    private final EvidenceChecker evidence;

    public ClaimCheck(EvidenceChecker evidence) {
        this.evidence = evidence;
    }

    public void check(List<Comparison> comparisons, Problems problems) {
        for (Comparison c : comparisons) {
            c.claim().filter(claim -> !evidence.standsInAnyArticle(claim.text())).ifPresent(claim -> problems.error(
                    claim.textWhere(), "the claim's words are not in any article: \"" + claim.text() + "\""));
        }
    }
}
