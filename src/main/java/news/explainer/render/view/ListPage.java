package news.explainer.render.view;

import java.util.List;

/** An index page: all sources, or all people. */
public record ListPage(PageMeta page, List<ArticleView> sources, List<PersonView> people) {}
