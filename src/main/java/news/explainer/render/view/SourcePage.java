package news.explainer.render.view;

import java.util.List;

/** One source article: its details, the editor's note and its text, with captions and boilerplate set apart. */
public record SourcePage(PageMeta page, ArticleView article, String noteHtml, List<BlockView> blocks) {}
