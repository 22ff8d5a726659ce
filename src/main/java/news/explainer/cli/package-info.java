/**
 * The command line: the only package that knows every stage.
 *
 * <ul>
 *   <li>consumes: arguments ({@code build}, {@code check}, {@code serve}, {@code new} and their options)</li>
 *   <li>produces: a site folder, printed problems and an exit code</li>
 * </ul>
 */
package news.explainer.cli;
