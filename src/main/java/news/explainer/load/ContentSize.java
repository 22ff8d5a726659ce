package news.explainer.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import news.explainer.problem.Problem;
import news.explainer.problem.Problems;
import news.explainer.problem.Severity;
import news.explainer.problem.SourceRef;

/**
 * The whole content folder's size, checked before any file is read: with {@link Utf8Reader#MAX_BYTES} per file and
 * {@link ContentFiles#MAX_FILES} per folder, this bounds what a build holds in memory.
 */
final class ContentSize {
    /**
     * A story is a few hundred KB; 10,000 articles with their annotations are about 60 MB, which a build holds in
     * memory several times over. Twice that still builds within a 1 GB heap; more is refused.
     */
    static final long MAX_TOTAL_BYTES = 128L << 20;

    private ContentSize() {}

    /** True when the content files add up to at most the limit; else the folder is reported and nothing is read. */
    static boolean withinLimit(Path dir, String shown, Problems problems) {
        long[] total = {0, 0};
        try (Stream<Path> walk = Files.walk(dir, 2)) {
            walk.filter(ContentSize::isContentFile).forEach(f -> {
                total[0] += size(f);
                total[1]++;
            });
        } catch (IOException | UncheckedIOException e) {
            return true; // each file is read, and reported, on its own
        }
        if (total[0] <= MAX_TOTAL_BYTES) {
            return true;
        }
        problems.add(new Problem(Severity.ERROR, SourceRef.file(shown), String.format(Locale.ROOT,
                "content folder too large: %.1f MB in %d files; at most %d MB are read", total[0] / 1048576.0,
                total[1], MAX_TOTAL_BYTES >> 20), "", "a story of 10,000 articles is about 60 MB: check that this is the right folder"));
        return false;
    }

    private static boolean isContentFile(Path file) {
        String name = file.getFileName().toString();
        return (name.endsWith(".md") || name.endsWith(".txt")) && !name.startsWith(".") && Files.isRegularFile(file);
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
