package news.explainer.render.view;

import java.util.List;

/**
 * A stretch of an article on its source page.
 *
 * @param role the CSS class and kind: headline, byline, heading, paragraph, caption, boilerplate…
 * @param label what a reader is told the stretch is when it is not the story's text ("Photo caption"), or ""
 * @param anchor the fragment id of the stretch, such as {@code p3}
 * @param segments the text in runs, cited passages marked; none when {@code plain}
 * @param plain true when nothing in the text is marked, anchored or linked: the page prints the text as it is (most
 *     paragraphs), without a look at the marks of each run
 */
public record BlockView(String role, String label, String anchor, String text, List<SegmentView> segments,
        boolean plain) {}
