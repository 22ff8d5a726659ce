package news.explainer.render.view;

/** One disputed point in detail: the editors' account, the flags, and every outlet's answer with all its words. */
public record PointPage(PageMeta page, ComparisonView point, int position, int of) {}
