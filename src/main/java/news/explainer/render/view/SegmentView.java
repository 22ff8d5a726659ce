package news.explainer.render.view;

import java.util.List;

/**
 * A run of text within a paragraph of a source page.
 *
 * @param marked true when the run is cited as evidence (or quoted), and is highlighted
 * @param anchors fragment ids of citations that start here, so links land on the passage
 */
public record SegmentView(String text, boolean marked, List<String> anchors) {}
