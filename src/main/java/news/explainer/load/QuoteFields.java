package news.explainer.load;

/**
 * The front matter of an attribution note, {@code content/quotes/<id>.md}: who said a quote, when the editors
 * set or confirm it rather than leave it to the attributor.
 *
 * @param article the source id of the article that carries the quote
 * @param quote the quote's first words, as the article has them
 * @param speaker a person id, or {@code none} for a quote whose speaker the articles do not establish
 * @param separate true when the quote is a different remark from the others it shares words with
 */
public record QuoteFields(String article, String quote, String speaker, Boolean separate) {}
