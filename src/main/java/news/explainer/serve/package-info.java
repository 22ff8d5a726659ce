/**
 * The preview server: what {@code serve} runs while an editor works.
 *
 * <ul>
 *   <li>consumes: a content folder and a templates folder (watched), and a {@link news.explainer.serve.Rebuilder}
 *       that turns them into the output folder</li>
 *   <li>produces: the output folder served on 127.0.0.1, pages that reload after each rebuild, and a problem page
 *       while the content is broken. The reload script exists only in the server's responses, never on disk.</li>
 * </ul>
 */
package news.explainer.serve;
