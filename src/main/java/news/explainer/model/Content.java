package news.explainer.model;

import java.util.List;

/** Everything the loaders read from a content folder, checked and resolved, in a stable order. */
public record Content(Story story, List<Article> articles, List<Person> people, List<Comparison> comparisons,
        List<TimelineEntry> timeline, List<QuoteAttribution> quoteAttributions) {}
