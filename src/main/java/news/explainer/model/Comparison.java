package news.explainer.model;

import java.util.List;

/**
 * A disputed point and how each outlet reported it.
 *
 * @param shortLabel a label of a few words, for narrow screens
 * @param summary the editor's summary of the point, Markdown
 * @param figureKinds the kinds of figure compared on this point; empty when the editor wants none, null for all
 */
public record Comparison(String id, String question, String shortLabel, String summary, List<Answer> answers,
        String annotation, List<String> figureKinds) {

    /** Whether differences in this kind of figure are flagged on this point. */
    public boolean compares(String kind) {
        return figureKinds == null || figureKinds.contains(kind);
    }

    /** How one article answers the question. */
    public record Answer(String answer, boolean reported, Citation citation) {}
}
