package news.explainer.problem;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads the line a problem points at from its file, for messages only: each file once, and nothing at all when a
 * build has no problem without its line. A file that cannot be read gives "", and the message goes without it.
 */
public final class SourceLines implements Function<SourceRef, String> {
    private final Path base;
    private final Map<String, List<String>> files = new HashMap<>();

    /** @param base the folder that the problems' paths are relative to */
    public SourceLines(Path base) {
        this.base = base;
    }

    @Override
    public String apply(SourceRef where) {
        List<String> lines = files.computeIfAbsent(where.path(), this::lines);
        return where.line() >= 1 && where.line() <= lines.size() ? lines.get(where.line() - 1) : "";
    }

    private List<String> lines(String path) {
        try {
            Path file = base.resolve(path);
            // Problems name only content and template files, which the loader has already read within its limits.
            return Files.isRegularFile(file) ? List.of(new String(Files.readAllBytes(file), StandardCharsets.UTF_8)
                    .replace("\r\n", "\n").split("\n", -1)) : List.of();
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }
}
