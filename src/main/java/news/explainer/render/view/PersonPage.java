package news.explainer.render.view;

import java.util.List;

/** One person: who they are, what the sources quote them saying, and which sources name them. */
public record PersonPage(PageMeta page, PersonView person, String bioHtml, List<UtteranceView> quotes,
        List<ArticleView> namedIn) {}
