/**
 * Quotes: the words the articles put in someone's mouth, who said them, and which quotes in different outlets are
 * the same utterance.
 *
 * <ul>
 *   <li>consumes: {@link news.explainer.model.Article}s (only their text blocks), the {@link news.explainer.model.Person}
 *       files (may be none) and editors' {@link news.explainer.model.QuoteAttribution}s</li>
 *   <li>produces: a {@link news.explainer.analyse.quote.QuoteAnalysis}: quotes with exact offsets into the article
 *       files, speakers, clusters of the same utterance; {@link news.explainer.analyse.quote.WordDiff} compares two
 *       variants word by word</li>
 * </ul>
 *
 * <p>Start at {@link news.explainer.analyse.quote.QuoteAnalyser#analyse}. The rules are written down, with examples,
 * in {@code src/test/resources/spec/quotes.md}.
 */
package news.explainer.analyse.quote;
