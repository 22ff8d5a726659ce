package news.explainer.analyse.citation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import news.explainer.load.Similarity;
import news.explainer.model.Article;
import news.explainer.reuse.Memo;
import news.explainer.model.Citation;
import news.explainer.problem.Problem;
import news.explainer.problem.Problems;
import news.explainer.problem.Severity;

/**
 * Checks every cited passage against its article at build time. A passage that is not in the article fails the
 * build at the line that cites it, and the message shows the nearest passage that is there.
 */
public final class EvidenceChecker {
    private final Map<String, Article> articles;
    private final Map<String, PassageFinder> finders;

    private final Memo<Article, PassageFinder> kept;
    private final Memo<Finding, Optional<int[]>> findings;
    private final Memo<Check, Optional<Cited>> checks;

    /** A passage looked for with one article's finder (the same object while the article is unchanged). */
    public record Finding(PassageFinder finder, String passage) {}

    /** A citation checked against its article (each the same object while unchanged), its anchors so prefixed. */
    public record Check(Citation citation, Article article, String anchorPrefix) {}

    /**
     * A checker that takes each article's finder from {@code kept} when the article is unchanged, where a
     * passage stands from {@code findings} when it was looked for with that finder before, and a whole citation's
     * result from {@code checks} while the citation and its article are the same.
     */
    public EvidenceChecker(List<Article> articles, Memo<Article, PassageFinder> kept,
            Memo<Finding, Optional<int[]>> findings, Memo<Check, Optional<Cited>> checks) {
        this.articles = articles.stream().collect(Collectors.toMap(Article::id, Function.identity()));
        this.finders = new ConcurrentHashMap<>(); // answers are checked on every core
        this.kept = kept;
        this.findings = findings;
        this.checks = checks;
    }

    /** Whether the passage stands in at least one article, with the same finders (and tolerance) as citations. */
    public boolean standsInAnyArticle(String passage) {
        return articles.values().stream().anyMatch(a -> finder(a).find(passage).isPresent());
    }

    /** The citation's passages as found in the article; unknown articles and missing passages are reported. */
    public Optional<Cited> check(Citation citation, String anchorPrefix, Problems problems) {
        Article article = articles.get(citation.article());
        if (article == null) {
            reportUnknownArticle(citation, problems);
            return Optional.empty();
        }
        return checks.get(new Check(citation, article, anchorPrefix), problems,
                found -> check(citation, article, anchorPrefix, found));
    }

    private Optional<Cited> check(Citation citation, Article article, String anchorPrefix, Problems problems) {
        if (citation.passages().isEmpty()) {
            return Optional.of(new Cited(citation.article(), List.of()));
        }
        // Built on first use: of 10,000 articles, most are cited nowhere, and a finder holds a copy of the text.
        PassageFinder finder = finder(article);
        List<Evidence> found = new ArrayList<>();
        for (int i = 0; i < citation.passages().size(); i++) {
            String passage = citation.passages().get(i);
            Optional<int[]> range = findings.get(new Finding(finder, passage), f -> f.finder().find(f.passage()));
            if (range.isPresent()) {
                int[] r = range.get();
                found.add(new Evidence(citation.article(), finder.original(r[0], r[1]), r[0], r[1],
                        anchorPrefix + "-" + (i + 1)));
            } else {
                problems.add(new Problem(Severity.ERROR, citation.where(i), "cited passage not found in "
                        + article.source().path() + ": \"" + passage + "\"", "",
                        "nearest passage in the article: \"" + finder.nearest(passage) + "\""));
            }
        }
        return Optional.of(new Cited(citation.article(), List.copyOf(found)));
    }

    private void reportUnknownArticle(Citation citation, Problems problems) {
        String hint = Similarity.didYouMean(citation.article(), articles.keySet(), "known sources");
        problems.add(new Problem(Severity.ERROR, citation.articleRef(), "unknown source '" + citation.article() + "'",
                "", hint));
    }

    private PassageFinder finder(Article article) {
        return finders.computeIfAbsent(article.id(), id -> kept.get(article, PassageFinder::new));
    }
}
