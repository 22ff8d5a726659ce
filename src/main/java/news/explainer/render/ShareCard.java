package news.explainer.render;

import java.util.List;
import news.explainer.analyse.Analysis;
import news.explainer.analyse.compare.CheckedComparison;
import news.explainer.model.Article;
import news.explainer.render.publish.ShareImage;

/** The share image's content, from the comparison: the same rows and columns as the table on the explainer. */
final class ShareCard {
    private final List<ShareImage.Row> rows;
    private final int outlets;
    private final String noun;

    ShareCard(Analysis analysis) {
        List<String> articles = analysis.content().articles().stream().map(Article::id).toList();
        this.outlets = articles.size();
        this.noun = SourceNoun.of(analysis.content().articles());
        this.rows = analysis.comparisons().stream().map(c -> row(c, articles)).toList();
    }

    byte[] png() {
        return new ShareImage().render(rows, outlets);
    }

    String description() {
        return ShareImage.description(rows, outlets, noun);
    }

    /** Two cards with the same rows draw the same image: the preview keeps the image while they stay equal. */
    @Override
    public boolean equals(Object other) {
        return other instanceof ShareCard card && card.outlets == outlets && card.noun.equals(noun)
                && card.rows.equals(rows);
    }

    @Override
    public int hashCode() {
        return 31 * rows.hashCode() + outlets;
    }

    private static ShareImage.Row row(CheckedComparison c, List<String> articles) {
        return new ShareImage.Row(cells(c, articles), !c.discrepancies().isEmpty());
    }

    /** Whether each article reported the point, did not, or has no answer from the editors yet. */
    static List<ShareImage.Cell> cells(CheckedComparison c, List<String> articles) {
        return c.byArticle(articles).stream().map(ShareCard::cell).toList();
    }

    private static ShareImage.Cell cell(CheckedComparison.Answer answer) {
        return answer == null ? ShareImage.Cell.NOT_CHECKED
                : answer.reported() ? ShareImage.Cell.REPORTED : ShareImage.Cell.NOT_REPORTED;
    }
}
