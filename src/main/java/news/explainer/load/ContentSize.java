package news.explainer.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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

    /**
     * The size of every content file in the folder and the folders in it, in the order walked; empty when the
     * folder cannot be walked (each file is then read, and reported, on its own).
     */
    static Optional<Map<Path, Long>> sizes(Path dir) {
        Map<Path, Long> sizes = new LinkedHashMap<>();
        try (Stream<Path> walk = Files.walk(dir, 2)) {
            walk.filter(ContentSize::isContentFile).forEach(f -> sizes.put(f, size(f)));
            return Optional.of(sizes);
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty();
        }
    }

    /** True when {@code sizes} add up to at most {@code limit}; else the folder is reported. */
    static boolean withinLimit(Map<Path, Long> sizes, String shown, long limit, Problems problems) {
        long total = sizes.values().stream().mapToLong(Long::longValue).sum();
        if (total <= limit) {
            return true;
        }
        problems.add(new Problem(Severity.ERROR, SourceRef.file(shown), String.format(Locale.ROOT,
                "content folder too large: %.1f MB in %d files; at most %d MB are read", total / 1048576.0,
                sizes.size(), limit >> 20), "", "a story of 10,000 articles is about 60 MB: check that this is the right folder"));
        return false;
    }

    private static boolean isContentFile(Path file) {
        String name = file.getFileName().toString();
        return (name.endsWith(".md") || name.endsWith(".txt")) && !name.startsWith(".") && Files.isRegularFile(file);
    }

    /** The size of one content file, or 0 when it is gone (deleted between the walk and now). */
    static long size(Path file) {
        try {
            return Files.size(file);
        } catch (NoSuchFileException e) {
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
