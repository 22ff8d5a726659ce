package news.explainer.render.view;

/**
 * A stretch of an article on its source page.
 *
 * @param role the CSS class and kind: headline, byline, heading, paragraph, caption, boilerplate…
 * @param label what a reader is told the stretch is when it is not the story's text ("Photo caption"), or ""
 * @param anchor the fragment id of the stretch, such as {@code p3}
 */
public record BlockView(String role, String label, String anchor, String text) {}
