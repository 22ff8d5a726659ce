package news.explainer.render.view;

import java.util.List;

/**
 * The explainer itself: what we know first, the differences at a glance, then the detail.
 *
 * @param byArticle whether the story has few enough articles to show them one by one: a column each in the
 *     comparison, and each in the list of sources. Otherwise {@code sources} is empty, {@code comparisons} have no
 *     cells, and {@code outlets} counts the articles
 * @param sourceCount how many articles there are, as readers read the number ("10,000")
 * @param outlets how many articles each outlet published, the most first; empty when {@code byArticle}
 */
public record IndexPage(PageMeta page, String title, String summary, String leadHtml, boolean byArticle,
        String sourceCount, List<ArticleView> sources, List<OutletCount> outlets, List<PersonView> people,
        List<ComparisonView> comparisons, List<UtteranceView> keyQuotes, TimelineView timeline) {}
