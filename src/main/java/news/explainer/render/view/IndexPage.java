package news.explainer.render.view;

import java.util.List;

/** The explainer itself: what we know first, then the sources and the people. */
public record IndexPage(
        PageMeta page, String title, String summary, String leadHtml, List<ArticleView> sources, List<PersonView> people) {}
