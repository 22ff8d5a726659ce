/**
 * Writing: the only package that touches the output folder.
 *
 * <ul>
 *   <li>consumes: the rendered {@link news.explainer.write.OutputFile}s</li>
 *   <li>produces: a complete {@code site/}, swapped in atomically, or the previous one untouched</li>
 * </ul>
 */
package news.explainer.write;
