package news.explainer.analyse.citation;

import java.util.List;

/** One article cited for a point or an event, with the passages found in it. */
public record Cited(String article, List<Evidence> evidence) {}
