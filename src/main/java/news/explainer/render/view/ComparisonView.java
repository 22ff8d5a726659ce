package news.explainer.render.view;

import java.util.List;

/**
 * A comparison point as the explainer shows it: one cell per article, and the discrepancies flagged.
 *
 * @param href the point's own page, with the detail
 * @param flags one sentence per discrepancy the evidence shows ("The outlets give different temperatures: …")
 */
public record ComparisonView(String id, String href, String question, String shortLabel, String summaryHtml,
        List<Cell> cells, List<String> flags) {

    /** One article's answer, linking each evidence passage to its highlighted place on the source page. */
    public record Cell(String outlet, String dateNote, String answer, boolean reported, List<Link> evidence) {}
}
