package news.explainer.analyse.quote;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import news.explainer.load.ArticleParser;
import news.explainer.load.ContentLoader;
import news.explainer.load.SourceText;
import news.explainer.load.Utf8Reader;
import news.explainer.model.Article;
import news.explainer.model.Content;
import news.explainer.problem.Problems;

/** The story in {@code content/}, loaded once, and short texts made into articles. */
final class RealContent {
    private static Content content;

    private RealContent() {}

    static synchronized Content load() {
        if (content == null) {
            content = new ContentLoader(new Utf8Reader(Path.of(""))).load(Path.of("content"), new Problems());
        }
        return content;
    }

    static QuoteAnalysis analysed() {
        return new QuoteAnalyser().analyse(load().articles(), load().people(), List.of(), new Problems());
    }

    static Article article(String id, String text) {
        return new Article(id, new SourceText(id + ".txt", text, 0), new ArticleParser().parse(text), "Test outlet",
                true, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), "",
                Optional.empty());
    }
}
