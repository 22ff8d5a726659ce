package news.explainer.model;

import news.explainer.problem.SourceRef;

/**
 * An editor's word on who said a quote: a correction, or a confirmation, with the reason readers are shown.
 *
 * @param id the annotation's id (its file name without {@code .md})
 * @param article the source id of the article that carries the quote
 * @param quoteStartsWith the quote's first words (spacing is not significant)
 * @param speaker a person id, or {@code none}
 * @param separate true when the quote must not be grouped with others: a different remark that shares a few words
 * @param note the editor's reason, in Markdown, published beside the quote
 * @param where the line that names the quote, for messages
 * @param articleWhere the line that names the article
 * @param speakerWhere the line that names the speaker
 */
public record QuoteAttribution(String id, String article, String quoteStartsWith, String speaker, boolean separate,
        String note, SourceRef where, SourceRef articleWhere, SourceRef speakerWhere) {

    /** An attribution whose lines are all at one place: for tests and callers without a file. */
    public QuoteAttribution(String id, String article, String quoteStartsWith, String speaker, String note,
            SourceRef where) {
        this(id, article, quoteStartsWith, speaker, false, note, where, where, where);
    }
}
