package news.explainer.analyse;

import java.util.List;
import news.explainer.analyse.compare.CheckedComparison;
import news.explainer.analyse.quote.QuoteAnalysis;
import news.explainer.analyse.timeline.CheckedEntry;
import news.explainer.model.Content;

/**
 * Everything the analysis stage produces from the loaded content: what the renderer and the data export show.
 *
 * @param comparisons the comparison points, each with its evidence found and its discrepancies flagged
 * @param timeline the events in date order, each with its evidence found
 * @param quotes every direct quote, its speaker, and the clusters of the same utterance across outlets
 */
public record Analysis(Content content, List<CheckedComparison> comparisons, List<CheckedEntry> timeline,
        QuoteAnalysis quotes) {}
