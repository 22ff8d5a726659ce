package news.explainer.render.view;

import java.util.List;

/** The explainer itself: what we know first, the differences at a glance, then the detail. */
public record IndexPage(PageMeta page, String title, String summary, String leadHtml, List<ArticleView> sources,
        List<PersonView> people, List<ComparisonView> comparisons, List<UtteranceView> keyQuotes,
        TimelineView timeline) {}
