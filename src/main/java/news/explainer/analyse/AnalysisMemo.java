package news.explainer.analyse;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import news.explainer.analyse.citation.Cited;
import news.explainer.analyse.citation.EvidenceChecker;
import news.explainer.analyse.compare.CheckedComparison;
import news.explainer.analyse.compare.ComparisonChecker;
import news.explainer.analyse.compare.Figure;
import news.explainer.analyse.citation.PassageFinder;
import news.explainer.analyse.quote.QuoteMemo;
import news.explainer.model.Article;
import news.explainer.problem.SourceRef;
import news.explainer.reuse.Memo;

/**
 * What the analysis keeps between preview builds, per article (an unchanged article is an equal record, and its
 * text the same object): its passage finder, the days it mentions, and its quote analysis; and per cited passage,
 * where it stands in its article (by that article's finder) and the figures its words give; and per citation, what
 * checking it against its article found; and per comparison, the comparison checked, while its answers are the same.
 */
public final class AnalysisMemo {
    final QuoteMemo quotes;
    final Memo<Article, PassageFinder> finders;
    final Memo<Article, Map<LocalDate, SourceRef>> days;
    final Memo<EvidenceChecker.Finding, Optional<int[]>> findings;
    final Memo<String, List<Figure>> figures;
    final Memo<EvidenceChecker.Check, Optional<Cited>> checks;
    final Memo<ComparisonChecker.Answered, CheckedComparison> comparisons;

    private AnalysisMemo(boolean keeps) {
        this.quotes = keeps ? QuoteMemo.keeping() : QuoteMemo.off();
        // by article id, the article compared on a hit: its hash would walk its whole parse
        this.finders = keeps ? Memo.keepingOnePer(Article::id) : Memo.off();
        this.days = keeps ? Memo.keepingOnePer(Article::id) : Memo.off();
        this.findings = keeps ? Memo.keeping() : Memo.off();
        this.figures = keeps ? Memo.keeping() : Memo.off();
        // by the citation object (the same while its annotation is unchanged), the article compared on a hit
        this.checks = keeps ? Memo.keepingOnePerSame(EvidenceChecker.Check::citation) : Memo.off();
        // by the comparison object, its thousand answers compared on a hit (most of them the same objects)
        this.comparisons = keeps ? Memo.keepingOnePerSame(ComparisonChecker.Answered::comparison) : Memo.off();
    }

    public static AnalysisMemo keeping() {
        return new AnalysisMemo(true);
    }

    public static AnalysisMemo off() {
        return new AnalysisMemo(false);
    }

    public void endBuild() {
        quotes.endBuild();
        finders.endBuild();
        days.endBuild();
        findings.endBuild();
        figures.endBuild();
        checks.endBuild();
        comparisons.endBuild();
    }
}
