package news.explainer.render;

import java.util.ArrayList;
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
        return new ShareImage.Row(cells(c.answers(), articles), !c.discrepancies().isEmpty());
    }

    /**
     * Whether each article reported the point, and whether the editors answered for it at all. The answers come in
     * the articles' order, each article's first answer counting: one walk along both lists, where looking each
     * article up in a map of the answers took a twelfth of a 10,000-article preview rebuild. Answers in another
     * order are looked up.
     */
    static List<ShareImage.Cell> cells(List<CheckedComparison.Answer> answers, List<String> articles) {
        List<ShareImage.Cell> cells = new ArrayList<>(articles.size());
        int next = 0;
        for (String article : articles) {
            boolean answered = next < answers.size() && answers.get(next).article().equals(article);
            cells.add(answered ? cell(answers.get(next)) : ShareImage.Cell.NOT_CHECKED);
            while (answered && next < answers.size() && answers.get(next).article().equals(article)) {
                next++;
            }
        }
        if (next == answers.size()) {
            return List.copyOf(cells);
        }
        Map<String, CheckedComparison.Answer> byArticle = answers.stream()
                .collect(Collectors.toMap(CheckedComparison.Answer::article, Function.identity(), (a, b) -> a));
        return articles.stream().map(a -> byArticle.containsKey(a) ? cell(byArticle.get(a))
                : ShareImage.Cell.NOT_CHECKED).toList();
    }

    private static ShareImage.Cell cell(CheckedComparison.Answer answer) {
        return answer.reported() ? ShareImage.Cell.REPORTED : ShareImage.Cell.NOT_REPORTED;
    }
}
