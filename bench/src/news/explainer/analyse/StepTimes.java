package news.explainer.analyse;

import java.nio.file.Path;
import java.util.function.Supplier;
import news.explainer.analyse.citation.EvidenceChecker;
import news.explainer.analyse.compare.ClaimCheck;
import news.explainer.analyse.compare.ComparisonChecker;
import news.explainer.analyse.quote.QuoteStepTimes;
import news.explainer.analyse.timeline.TimelineChecker;
import news.explainer.load.ContentLoader;
import news.explainer.load.Utf8Reader;
import news.explainer.model.Content;
import news.explainer.problem.Problems;

/**
 * Each analysis step on its own, one after the other, each on both cores as in a build: wall/CPU ms per step, a line
 * per round. A whole-build profile under-counts the analysis (three threads share two cores there, and the sampler
 * then takes a third of its samples); this does not. In this package to reach the steps, which are not public. The
 * timeline and claim checks reuse the passage finders the comparisons' check made, as in a build, so they show little.
 * Usage: {@code StepTimes CONTENT ROUNDS}.
 */
public final class StepTimes {
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();

    private StepTimes() {}

    /** Runs {@code step}, appending its name, wall ms and process CPU ms to {@code out}. */
    public static <T> T time(StringBuilder out, String name, Supplier<T> step) {
        long c0 = OS.getProcessCpuTime();
        long t0 = System.nanoTime();
        T result = step.get();
        out.append(String.format("%s %d/%d  ", name, (System.nanoTime() - t0) / 1_000_000,
                (OS.getProcessCpuTime() - c0) / 1_000_000));
        return result;
    }

    public static void main(String[] args) {
        Content content = new ContentLoader(new Utf8Reader(Path.of(""))).load(Path.of(args[0]), new Problems());
        for (int round = 0; round < Integer.parseInt(args[1]); round++) {
            StringBuilder out = new StringBuilder();
            AnalysisMemo memo = AnalysisMemo.off();
            Problems problems = new Problems();
            EvidenceChecker evidence = new EvidenceChecker(content.articles(), memo.finders, memo.findings, memo.checks);
            var comparisons = time(out, "comparisons", () -> new ComparisonChecker(content.articles(), evidence,
                    memo.figures, memo.comparisons).check(content.comparisons(), problems));
            var timeline = time(out, "timeline", () -> new TimelineChecker(content.story(), evidence)
                    .check(content.timeline(), problems));
            time(out, "coverage", () -> {
                new CoverageCheck(content, memo.days).report(comparisons, timeline, problems);
                return null;
            });
            time(out, "claims", () -> {
                new ClaimCheck(evidence).check(content.comparisons(), problems);
                return null;
            });
            QuoteStepTimes.run(content, out);
            System.out.println(out);
        }
    }
}
