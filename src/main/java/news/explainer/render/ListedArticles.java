package news.explainer.render;

import java.util.List;
import news.explainer.model.Article;
import news.explainer.reuse.SameElements;

/**
 * Whether two lists of articles show the same wherever a page lists them: in an article's line, a comparison's
 * cells or the explainer's citations. An edited article is a new object, but what a list shows of it (its outlet,
 * title, dates, byline, address) is usually as it was; comparing only that keeps a list of a thousand articles
 * from being made again after every edit of one.
 */
final class ListedArticles {
    private ListedArticles() {}

    static boolean same(List<Article> a, List<Article> b) {
        return SameElements.in(a, b, ListedArticles::sameListed);
    }

    /** Everything {@link Views#article}, a comparison's cell and a citation in the structured data read. */
    private static boolean sameListed(Article x, Article y) {
        return x.id().equals(y.id()) && x.outlet().equals(y.outlet()) && x.outletNamed() == y.outletNamed()
                && x.headline().equals(y.headline()) && x.title().equals(y.title())
                && x.published().equals(y.published()) && x.dateCorrection().equals(y.dateCorrection())
                && x.datelineAsGiven().equals(y.datelineAsGiven()) && x.byline().equals(y.byline())
                && x.url().equals(y.url());
    }
}
