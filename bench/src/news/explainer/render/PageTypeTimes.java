package news.explainer.render;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import news.explainer.analyse.Analyser;
import news.explainer.analyse.Analysis;
import news.explainer.load.ContentLoader;
import news.explainer.load.Utf8Reader;
import news.explainer.model.Content;
import news.explainer.problem.Problems;

/**
 * Plans every page (on both cores, as a build does), then renders them one by one on one thread: the planning's wall
 * ms, and each template's render ms, output MB and page count, a line per round. In this package to reach the
 * planner. Usage: {@code PageTypeTimes CONTENT ROUNDS} (from the repository's root: it reads {@code templates/}).
 */
public final class PageTypeTimes {
    private PageTypeTimes() {}

    public static void main(String[] args) throws Exception {
        Content content = new ContentLoader(new Utf8Reader(Path.of(""))).load(Path.of(args[0]), new Problems());
        Analysis analysis = new Analyser().analyse(content, new Problems());
        Templates templates = new Templates(Path.of("templates"), "templates");
        for (int round = 0; round < Integer.parseInt(args[1]); round++) {
            List<PageSpec> pages = Collections.synchronizedList(new ArrayList<>());
            long p0 = System.nanoTime();
            new PagePlanner(new Markdown(), RenderMemo.off()).plan(analysis, new ShareCard(analysis), page -> {
                pages.add(page);
                return page;
            });
            long planMs = (System.nanoTime() - p0) / 1_000_000;
            Map<String, long[]> byTemplate = new TreeMap<>(); // nanoseconds, bytes, pages
            for (PageSpec page : pages) {
                long t0 = System.nanoTime();
                Optional<byte[]> html = templates.render(page, new Problems());
                long[] sums = byTemplate.computeIfAbsent(page.template(), k -> new long[3]);
                sums[0] += System.nanoTime() - t0;
                sums[1] += html.map(b -> b.length).orElse(0);
                sums[2]++;
            }
            StringBuilder out = new StringBuilder("planning " + planMs + " ms;");
            byTemplate.forEach((template, sums) -> out.append(String.format(" %s %d ms %.1f MB x%d;", template,
                    sums[0] / 1_000_000, sums[1] / 1e6, sums[2])));
            System.out.println(out);
        }
    }
}
