/**
 * Results kept from one build to the next, for the preview's incremental rebuild.
 *
 * <ul>
 *   <li>consumes: a step's whole input as a key (records of values, or objects an earlier step reused)</li>
 *   <li>produces: the step's result and problems from the last build when the key is equal, a fresh one otherwise.
 *       A one-off build uses memos that keep nothing.</li>
 * </ul>
 */
package news.explainer.reuse;
