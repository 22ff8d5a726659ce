package news.explainer.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import news.explainer.problem.SourceRef;

/**
 * A disputed point and how each outlet reported it.
 *
 * @param shortLabel a label of a few words, for narrow screens
 * @param summary the editor's summary of the point, Markdown
 * @param figureKinds the kinds of figure compared on this point; empty when the editor wants none, null for all
 * @param claim a claim the answers settle, when the editors name one
 */
public record Comparison(String id, String question, String shortLabel, String summary, List<Answer> answers,
        String annotation, List<String> figureKinds, Optional<Claim> claim) {

    /**
     * A claim and the editors' verdict on it, drawn from this point's answers.
     *
     * @param text the claim, as its author made it
     * @param by the person id of who made it
     * @param rating the verdict in a word or two ("Partly confirmed")
     * @param verdict what the articles show, in a sentence or two
     * @param where the line naming the person, for messages
     * @param textWhere the line giving the claim's words
     */
    public record Claim(String text, String by, LocalDate date, String rating, String verdict,
            SourceRef where, SourceRef textWhere) {}

    /** Whether differences in this kind of figure are flagged on this point. */
    public boolean compares(String kind) {
        return figureKinds == null || figureKinds.contains(kind);
    }

    /** How one article answers the question. */
    public record Answer(String answer, boolean reported, Citation citation) {}
}
