/**
 * Citations: every passage an editor cites must really stand in its article.
 *
 * <ul>
 *   <li>consumes: {@link news.explainer.model.Citation}s from comparisons and the timeline, and the articles</li>
 *   <li>produces: {@link news.explainer.analyse.citation.Evidence} with exact offsets, or problems with the nearest
 *       passage that is there</li>
 * </ul>
 */
package news.explainer.analyse.citation;
