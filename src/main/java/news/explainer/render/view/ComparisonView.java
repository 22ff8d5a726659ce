package news.explainer.render.view;

import java.util.List;

/**
 * A comparison point as the explainer or its own page shows it: its answers, article by article, and the
 * discrepancies flagged.
 *
 * @param href the point's own page, with the detail
 * @param cells one per article; none in the explainer's summary of a story with more articles than a table shows,
 *     and on that story's point pages one per article that reports the point
 * @param reportedBy how many of the articles report the point: "3 of 5 articles", and how many the editors have not
 *     yet checked, if any ("3 of 13 articles; 8 not yet checked")
 * @param flags one sentence per discrepancy the evidence shows ("The outlets give different temperatures: …")
 */
public record ComparisonView(String id, String href, String question, String shortLabel, String summaryHtml,
        List<Cell> cells, String reportedBy, List<String> flags) {

    /**
     * One article's answer, linking each evidence passage to its highlighted place on the source page.
     *
     * @param column the article's column heading: its outlet, and its date when another article shares the outlet
     *     ("CNN, 29 Jan"); empty on a big story's point page, which has no columns
     * @param title the article's headline, or its first words when it has none: what tells two articles of one
     *     outlet apart
     * @param checked false when the editors have not yet answered for the article: no answer, not reported either
     */
    public record Cell(String outlet, String column, String title, String dateNote, String answer, boolean reported,
            boolean checked, List<Link> evidence) {}
}
