package news.explainer.load;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Parses every article file of a folder on one thread, round after round: each round's CPU ms, and the best. The
 * files are read as plain UTF-8 and parsed with no subheadings (the loader passes those an annotation names). Usage:
 * {@code ParseTimes ARTICLES_FOLDER ROUNDS}.
 */
public final class ParseTimes {
    private ParseTimes() {}

    public static void main(String[] args) throws Exception {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of(args[0]))) {
            for (Path file : files.sorted().toList()) {
                texts.add(Files.readString(file));
            }
        }
        var thread = ManagementFactory.getThreadMXBean();
        ArticleParser parser = new ArticleParser();
        StringBuilder out = new StringBuilder();
        long best = Long.MAX_VALUE;
        long blocks = 0;
        for (int round = 0; round < Integer.parseInt(args[1]); round++) {
            long c0 = thread.getCurrentThreadCpuTime();
            for (String text : texts) {
                blocks += parser.parse(text).blocks().size();
            }
            long took = thread.getCurrentThreadCpuTime() - c0;
            best = Math.min(best, took);
            out.append(took / 1_000_000).append(' ');
        }
        System.out.printf("%d articles: %s ms; best %d ms (%d blocks in all rounds)%n", texts.size(), out.toString().strip(),
                best / 1_000_000, blocks);
    }
}
