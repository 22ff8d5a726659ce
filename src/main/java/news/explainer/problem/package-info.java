/**
 * Problems found in the input: what every stage reports instead of throwing.
 *
 * <ul>
 *   <li>consumes: positions ({@link news.explainer.problem.SourceRef}) from the stages</li>
 *   <li>produces: sorted, formatted {@code path:line:col: error|warning: message} lines</li>
 * </ul>
 */
package news.explainer.problem;
