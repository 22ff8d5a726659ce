package news.explainer.load;

/**
 * The front matter of an attribution note, {@code content/quotes/<id>.md}: who said a quote, when the editors
 * set or confirm it rather than leave it to the attributor.
 *
 * @param article the source id of the article that carries the quote
 * @param quote the quote's first words, as the article has them
 * @param speaker a person id, or {@code none} for a quote whose speaker the articles do not establish
 */
public record QuoteFields(String article, String quote, String speaker) {}
