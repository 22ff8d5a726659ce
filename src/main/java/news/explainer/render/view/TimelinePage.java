package news.explainer.render.view;

/** The whole timeline: the story's days and the background, each event with the words of every source. */
public record TimelinePage(PageMeta page, TimelineView timeline) {}
