/**
 * What makes the site findable and shareable, beside its pages: the share image, structured data (JSON-LD), the
 * Atom feed of editorial updates, and the sitemap and robots file when the story gives a base URL. Everything here
 * is made from the content alone, never from the clock, so builds stay byte-identical.
 */
package news.explainer.render.publish;
