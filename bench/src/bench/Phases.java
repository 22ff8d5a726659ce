package bench;

import java.nio.file.Path;
import java.util.List;
import news.explainer.analyse.Analyser;
import news.explainer.analyse.Analysis;
import news.explainer.load.ContentLoader;
import news.explainer.load.Utf8Reader;
import news.explainer.model.Content;
import news.explainer.problem.Problems;
import news.explainer.render.SiteRenderer;
import news.explainer.write.FilesInMemory;
import news.explainer.write.OutputFile;
import news.explainer.write.SiteWriter;

/**
 * Times each stage of one build in a warm or cold JVM: where a profile says to look first.
 * Usage: {@code Phases CONTENT TEMPLATES OUT [RUNS]}.
 */
public final class Phases {
    public static void main(String[] args) throws Exception {
        Path content = Path.of(args[0]);
        Path templates = Path.of(args[1]);
        Path out = Path.of(args[2]);
        int runs = args.length > 3 ? Integer.parseInt(args[3]) : 1;
        for (int run = 1; run <= runs; run++) {
            Problems problems = new Problems();
            Utf8Reader reader = new Utf8Reader(Path.of(""));
            long c0 = cpu();
            long t0 = System.nanoTime();
            Content loaded = new ContentLoader(reader).load(content, problems);
            long t1 = System.nanoTime();
            long c1 = cpu();
            Analysis analysis = new Analyser().analyse(loaded, problems);
            long t2 = System.nanoTime();
            long c2 = cpu();
            FilesInMemory rendered = new FilesInMemory();
            SiteRenderer renderer = new SiteRenderer(templates, reader.relative(templates));
            renderer.originals(loaded.articles(), rendered);
            renderer.render(analysis, problems, rendered);
            List<OutputFile> files = rendered.files();
            long t3 = System.nanoTime();
            long c3 = cpu();
            new SiteWriter().write(out, files);
            long t4 = System.nanoTime();
            long c4 = cpu();
            System.out.printf("run %d: load %d ms (CPU %d), analyse %d ms (%d), render %d ms (%d), write %d ms (%d);"
                    + " total %d ms wall, %d ms CPU (%d files, %d errors)%n", run, ms(t1 - t0), ms(c1 - c0),
                    ms(t2 - t1), ms(c2 - c1), ms(t3 - t2), ms(c3 - c2), ms(t4 - t3), ms(c4 - c3), ms(t4 - t0),
                    ms(c4 - c0), files.size(), problems.errorCount());
        }
    }

    /** CPU time of the whole process, all threads: steadier than wall time on a shared machine. */
    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }
}
