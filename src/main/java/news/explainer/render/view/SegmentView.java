package news.explainer.render.view;

import java.util.List;

/**
 * A run of text within a paragraph of a source page.
 *
 * @param marked true when the run is cited as evidence, and is highlighted
 * @param markOpens true when a highlight starts with this run: runs of touching passages share one highlight
 * @param markCloses true when the highlight ends with this run
 * @param quoted true when the run is inside a direct quote
 * @param anchors fragment ids of citations and quotes that start here, so links land on the passage
 * @param quoteEnds the quotes that end with this run: who said them and where their variants are compared
 */
public record SegmentView(String text, boolean marked, boolean markOpens, boolean markCloses, boolean quoted,
        List<String> anchors, List<Link> quoteEnds) {}
