package news.explainer.render;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import news.explainer.analyse.Analysis;
import news.explainer.analyse.compare.CheckedComparison;
import news.explainer.model.Article;
import news.explainer.render.publish.ShareImage;

/** The share image's content, from the comparison: the same rows and columns as the table on the explainer. */
final class ShareCard {
    private final List<ShareImage.Row> rows;
    private final int outlets;

    ShareCard(Analysis analysis) {
        List<Article> articles = analysis.content().articles();
        this.outlets = articles.size();
        this.rows = analysis.comparisons().stream().map(c -> row(c, articles)).toList();
    }

    byte[] png() {
        return new ShareImage().render(rows, outlets);
    }

    String description() {
        return ShareImage.description(rows, outlets);
    }

    /** Two cards with the same rows draw the same image: the preview keeps the image while they stay equal. */
    @Override
    public boolean equals(Object other) {
        return other instanceof ShareCard card && card.outlets == outlets && card.rows.equals(rows);
    }

    @Override
    public int hashCode() {
        return 31 * rows.hashCode() + outlets;
    }

    private static ShareImage.Row row(CheckedComparison c, List<Article> articles) {
        Map<String, CheckedComparison.Answer> byArticle = c.answers().stream()
                .collect(Collectors.toMap(CheckedComparison.Answer::article, Function.identity(), (a, b) -> a));
        List<Boolean> reported = articles.stream()
                .map(a -> byArticle.containsKey(a.id()) && byArticle.get(a.id()).reported()).toList();
        return new ShareImage.Row(reported, !c.discrepancies().isEmpty());
    }
}
