package news.explainer.model;

import news.explainer.problem.SourceRef;

/**
 * An editor's word on who said a quote: a correction, or a confirmation, with the reason readers are shown.
 *
 * @param id the annotation's id (its file name without {@code .md})
 * @param article the source id of the article that carries the quote
 * @param quoteStartsWith the quote's first words (spacing is not significant)
 * @param speaker a person id, or {@code none}
 * @param note the editor's reason, in Markdown, published beside the quote
 * @param where the line that names the quote, for messages
 */
public record QuoteAttribution(String id, String article, String quoteStartsWith, String speaker, String note,
        SourceRef where) {}
