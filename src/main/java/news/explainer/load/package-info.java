/**
 * Loading: the only package that reads content files.
 *
 * <ul>
 *   <li>consumes: a content folder (articles as plain text, annotations as Markdown with YAML front matter)</li>
 *   <li>produces: {@link news.explainer.model.Content}, with every bad input reported as a problem with its line</li>
 * </ul>
 */
package news.explainer.load;
