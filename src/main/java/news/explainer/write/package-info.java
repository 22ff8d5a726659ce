/**
 * Writing: the only package that touches the output folder, and the UTF-8 encoder ({@link
 * news.explainer.write.Utf8Writer}) through which pages and the data export are rendered into their bytes.
 *
 * <ul>
 *   <li>consumes: the rendered {@link news.explainer.write.OutputFile}s, each as soon as it is made ({@link
 *       news.explainer.write.FileSink})</li>
 *   <li>produces: a complete {@code site/}, swapped in atomically, or the previous one untouched</li>
 * </ul>
 */
package news.explainer.write;
