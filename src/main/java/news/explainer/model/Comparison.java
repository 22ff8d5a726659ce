package news.explainer.model;

import java.util.List;

/**
 * A disputed point and how each outlet reported it.
 *
 * @param shortLabel a label of a few words, for narrow screens
 * @param summary the editor's summary of the point, Markdown
 */
public record Comparison(String id, String question, String shortLabel, String summary, List<Answer> answers,
        String annotation) {

    /** How one article answers the question. */
    public record Answer(String answer, boolean reported, Citation citation) {}
}
