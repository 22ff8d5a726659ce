package news.explainer.analyse.timeline;

import java.util.List;
import news.explainer.analyse.citation.Cited;
import news.explainer.model.TimelineEntry;

/** A timeline entry with its sources' evidence found in the articles. */
public record CheckedEntry(TimelineEntry entry, List<Cited> sources) {}
