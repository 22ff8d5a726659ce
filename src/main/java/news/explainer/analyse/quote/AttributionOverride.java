package news.explainer.analyse.quote;

import news.explainer.problem.SourceRef;

/**
 * An editor's correction of who said a quote, for when the text misleads the attributor.
 *
 * @param quoteStartsWith the quote's first words, as the article has them (spacing is not significant)
 * @param speakerId a person id, or {@code "none"} to make the quote unattributed
 * @param where the annotation line that asked for it, for problems
 */
public record AttributionOverride(String articleId, String quoteStartsWith, String speakerId, SourceRef where) {

    public static final String NONE = "none";
}
