/**
 * Analysis: what the articles say, across outlets.
 *
 * <ul>
 *   <li>consumes: {@link news.explainer.model.Content} from the loaders</li>
 *   <li>produces: an {@link news.explainer.analyse.Analysis}, pure data with stable ids and order</li>
 * </ul>
 */
package news.explainer.analyse;
