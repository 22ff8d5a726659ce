package news.explainer.render;

import java.util.Collection;
import news.explainer.model.Article;

/**
 * What a count of the articles calls them: "outlet" while each article is from an outlet of its own, as in a story
 * told by five outlets ("carried by 3 of 5 outlets"); "article" once two of them share an outlet, where a count of
 * outlets would be wrong ("carried by 59 of 10,000 articles").
 */
final class SourceNoun {
    static final String OUTLET = "outlet";
    static final String ARTICLE = "article";

    private SourceNoun() {}

    /** Articles whose outlet the text does not name are each counted apart: two labelled alike need not be one. */
    static String of(Collection<Article> articles) {
        long outlets = articles.stream().map(a -> a.outletNamed() ? a.outlet() : "\0" + a.id()).distinct().count();
        return outlets == articles.size() ? OUTLET : ARTICLE;
    }
}
