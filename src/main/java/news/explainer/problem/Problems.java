package news.explainer.problem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Collects problems instead of throwing at the first one, so that editors see every problem in one run.
 * Not thread-safe: each build stage that runs in parallel collects into its own and merges.
 */
public final class Problems {
    private static final Comparator<Problem> BY_POSITION = Comparator
            .comparing((Problem p) -> p.where().path())
            .thenComparingInt(p -> p.where().line())
            .thenComparingInt(p -> p.where().column())
            .thenComparing(Problem::message);

    private final List<Problem> problems = new ArrayList<>();

    public void error(SourceRef where, String message) {
        add(new Problem(Severity.ERROR, where, message, "", ""));
    }

    public void warning(SourceRef where, String message) {
        add(new Problem(Severity.WARNING, where, message, "", ""));
    }

    public void add(Problem problem) {
        problems.add(problem);
    }

    public void addAll(Problems other) {
        problems.addAll(other.problems);
    }

    /** Every problem, in the order reported. */
    public List<Problem> list() {
        return List.copyOf(problems);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    public long errorCount() {
        return problems.stream().filter(Problem::isError).count();
    }

    public long warningCount() {
        return problems.size() - errorCount();
    }

    /**
     * Gives each problem that points at a line but was raised without it (later stages no longer hold the
     * annotation's text) that line, so every message shows the offending line with its caret.
     *
     * @param lineAt the text of a line of a file, or "" when it cannot be had
     */
    public void fillExcerpts(Function<SourceRef, String> lineAt) {
        problems.replaceAll(p -> p.excerpt().isEmpty() && p.where().line() > 0
                ? new Problem(p.severity(), p.where(), p.message(), lineAt.apply(p.where()), p.hint()) : p);
    }

    /** Every problem, sorted by file, line and column, so that output is the same on every run. */
    public List<Problem> sorted() {
        return problems.stream().sorted(BY_POSITION).distinct().toList();
    }
}
