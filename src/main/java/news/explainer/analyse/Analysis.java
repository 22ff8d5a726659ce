package news.explainer.analyse;

import news.explainer.model.Content;

/**
 * Everything the analysis stage produces from the loaded content: what the renderer and the data export show.
 */
public record Analysis(Content content) {}
