package news.explainer.render.view;

import java.util.List;

/** One person: who they are and which sources name them. */
public record PersonPage(PageMeta page, PersonView person, String bioHtml, List<ArticleView> namedIn) {}
