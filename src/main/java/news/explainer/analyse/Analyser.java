package news.explainer.analyse;

import news.explainer.analyse.citation.EvidenceChecker;
import news.explainer.analyse.compare.ClaimCheck;
import news.explainer.analyse.compare.ComparisonChecker;
import news.explainer.analyse.quote.QuoteAnalyser;
import news.explainer.analyse.quote.QuoteAnalysis;
import news.explainer.analyse.timeline.TimelineChecker;
import news.explainer.concurrent.Alongside;
import news.explainer.model.Content;
import news.explainer.problem.Problems;

/** Runs the analysis steps over loaded content, in a fixed order. */
public final class Analyser {
    private final AnalysisMemo memo;

    public Analyser() {
        this(AnalysisMemo.off());
    }

    /** An analyser that keeps each article's analysis between builds while its input stays the same. */
    public Analyser(AnalysisMemo memo) {
        this.memo = memo;
    }

    public Analysis analyse(Content content, Problems problems) {
        // The quotes do not depend on the citations: they are analysed alongside, their problems reported after.
        try (Alongside<QuoteAnalysis> quotes = Alongside.start("quote-analysis", found -> new QuoteAnalyser(memo.quotes)
                .analyse(content.articles(), content.people(), content.quoteAttributions(), found))) {
            EvidenceChecker evidence = new EvidenceChecker(content.articles(), memo.finders, memo.findings,
                    memo.checks);
            var comparisons = new ComparisonChecker(content.articles(), evidence, memo.figures, memo.comparisons)
                    .check(content.comparisons(), problems);
            var timeline = new TimelineChecker(content.story(), evidence).check(content.timeline(), problems);
            new CoverageCheck(content, memo.days).report(comparisons, timeline, problems);
            new ClaimCheck(evidence).check(content.comparisons(), problems);
            return new Analysis(content, comparisons, timeline, quotes.join(problems));
        }
    }
}
