package news.explainer.analyse.compare;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import news.explainer.analyse.citation.Evidence;
import news.explainer.analyse.citation.EvidenceChecker;
import news.explainer.concurrent.AcrossCores;
import news.explainer.model.Article;
import news.explainer.model.Comparison;
import news.explainer.problem.Named;
import news.explainer.problem.Problems;
import news.explainer.problem.SourceRef;
import news.explainer.reuse.Memo;

/**
 * Checks each comparison point: one answer per article, evidence that stands in the article, and figures that
 * differ between outlets flagged from the evidence.
 */
public final class ComparisonChecker {
    private final List<Article> articles;
    private final EvidenceChecker evidence;
    private final FigureExtractor figures = new FigureExtractor();
    private final Memo<String, List<Figure>> kept;
    private final Memo<Answered, CheckedComparison> checked;

    /**
     * A comparison and its answers as checked, in article order: what the discrepancies, and so the whole checked
     * comparison, are made from.
     */
    public record Answered(Comparison comparison, List<CheckedComparison.Answer> answers) {}

    /**
     * A checker that takes the figures of a passage from {@code kept} when the same words were read before, and
     * gives the last build's checked comparison from {@code checked} while its answers are the same: the explainer
     * and the point page then tell an unchanged comparison by its identity.
     */
    public ComparisonChecker(List<Article> articles, EvidenceChecker evidence, Memo<String, List<Figure>> kept,
            Memo<Answered, CheckedComparison> checked) {
        this.articles = articles;
        this.evidence = evidence;
        this.kept = kept;
        this.checked = checked;
    }

    public List<CheckedComparison> check(List<Comparison> comparisons, Problems problems) {
        return comparisons.stream().map(c -> check(c, problems)).toList();
    }

    private CheckedComparison check(Comparison comparison, Problems problems) {
        // Each answer's passages are looked up on every core, with problems of its own; then, in answer order, its
        // problems are kept, or, for a second answer about one article, replaced by the one error that says so.
        List<Comparison.Answer> answers = comparison.answers();
        List<Problems> found = answers.stream().map(a -> new Problems()).toList();
        String anchors = "c-" + comparison.id();
        List<Optional<CheckedComparison.Answer>> results =
                AcrossCores.map(answers.size(), i -> check(anchors, answers.get(i), found.get(i)));
        Map<String, CheckedComparison.Answer> byArticle = new LinkedHashMap<>();
        for (int i = 0; i < answers.size(); i++) {
            Comparison.Answer answer = answers.get(i);
            String article = answer.citation().article();
            if (byArticle.containsKey(article)) {
                problems.error(answer.citation().articleRef(), "second answer for '" + article + "' in this comparison");
                continue;
            }
            problems.addAll(found.get(i));
            results.get(i).ifPresent(result -> byArticle.put(article, result));
        }
        List<CheckedComparison.Answer> ordered = new ArrayList<>();
        List<String> unanswered = new ArrayList<>();
        for (Article article : articles) {
            CheckedComparison.Answer answer = byArticle.get(article.id());
            if (answer == null) {
                unanswered.add(article.id());
            } else {
                ordered.add(answer);
            }
        }
        if (!unanswered.isEmpty()) {
            problems.warning(new SourceRef(comparison.annotation(), 1, 1), noAnswer(unanswered, articles.size()));
        }
        return checked.get(new Answered(comparison, List.copyOf(ordered)), in -> new CheckedComparison(comparison,
                in.answers(), discrepancies(in.answers()).stream().filter(d -> comparison.compares(d.kind()))
                        .toList()));
    }

    /**
     * One warning for every article a point has no answer for, not one each: a big story's point that answers for
     * the articles checked so far would otherwise bury every other message under thousands of lines.
     */
    static String noAnswer(List<String> unanswered, int articles) {
        if (unanswered.size() == 1) {
            return "no answer for '" + unanswered.get(0) + "': say what it reports, or write status: not-reported";
        }
        return "no answer for " + Named.count(unanswered.size()) + " of the " + Named.count(articles) + " articles: "
                + Named.shortened(unanswered) + ": say what each reports, or write status: not-reported";
    }

    /** One answer, its evidence anchored as {@code anchors-1}, {@code anchors-2}…. */
    private Optional<CheckedComparison.Answer> check(String anchors, Comparison.Answer answer, Problems problems) {
        if (answer.reported() && answer.citation().passages().isEmpty()) {
            problems.error(answer.citation().articleRef(), "a reported answer needs at least one evidence passage"
                    + " (or write status: not-reported)");
        }
        return evidence.check(answer.citation(), anchors, problems)
                .map(cited -> new CheckedComparison.Answer(answer.citation().article(), answer.answer(),
                        answer.reported(), cited.evidence()));
    }

    /** Values of one kind that differ between articles, and points told as a date by some and a length by others. */
    private List<Discrepancy> discrepancies(List<CheckedComparison.Answer> answers) {
        Map<String, Map<String, List<String[]>>> byKind = new TreeMap<>();
        for (CheckedComparison.Answer answer : answers) {
            Set<String> seen = new HashSet<>();
            for (Evidence e : answer.evidence()) {
                for (Figure f : kept.get(e.passage(), figures::extract)) {
                    if (seen.add(f.kind() + f.value())) {
                        byKind.computeIfAbsent(f.kind(), k -> new LinkedHashMap<>())
                                .computeIfAbsent(f.value(), v -> new ArrayList<>())
                                .add(new String[] {answer.article(), f.asWritten()});
                    }
                }
            }
        }
        List<Discrepancy> found = new ArrayList<>();
        byKind.forEach((kind, values) -> {
            if (values.size() > 1) {
                found.add(new Discrepancy(kind, values.entrySet().stream()
                        .map(v -> new Discrepancy.Value(v.getKey(),
                                v.getValue().stream().map(a -> a[0]).distinct().toList(),
                                v.getValue().stream().map(a -> a[1]).distinct().toList()))
                        .toList()));
            }
        });
        endOrLength(byKind).ifPresent(found::add);
        return List.copyOf(found);
    }

    /**
     * When some outlets give an end date and others only a length ("until February 1" against "for a week"), the
     * two cannot be compared directly: that is a discrepancy too, and readers are told so.
     */
    private static Optional<Discrepancy> endOrLength(Map<String, Map<String, List<String[]>>> byKind) {
        Map<String, List<String[]>> dates = byKind.getOrDefault("date", Map.of());
        Map<String, List<String[]>> lengths = byKind.getOrDefault("duration", Map.of());
        Set<String> withDate = new LinkedHashSet<>();
        dates.values().forEach(v -> v.forEach(a -> withDate.add(a[0])));
        List<String[]> lengthOnly = new ArrayList<>();
        lengths.values().forEach(v -> v.stream().filter(a -> !withDate.contains(a[0])).forEach(lengthOnly::add));
        if (withDate.isEmpty() || lengthOnly.isEmpty()) {
            return Optional.empty();
        }
        List<Discrepancy.Value> values = new ArrayList<>();
        dates.forEach((value, sources) -> values.add(new Discrepancy.Value("until " + value,
                sources.stream().map(a -> a[0]).distinct().toList(), sources.stream().map(a -> a[1]).distinct().toList())));
        values.add(new Discrepancy.Value("a length with no end date",
                lengthOnly.stream().map(a -> a[0]).distinct().toList(),
                lengthOnly.stream().map(a -> a[1]).distinct().toList()));
        return Optional.of(new Discrepancy("end", List.copyOf(values)));
    }
}
