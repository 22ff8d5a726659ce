package news.explainer.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import news.explainer.problem.Problems;
import news.explainer.problem.SourceRef;

/** Lists the files of one kind in a content folder, sorted by name so that every run sees the same order. */
final class ContentFiles {
    private ContentFiles() {}

    static List<Path> list(Path dir, String extension, Problems problems) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(extension))
                    .filter(f -> !f.getFileName().toString().startsWith("."))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            problems.error(SourceRef.file(dir.toString()), "cannot list folder: " + e.getMessage());
            return List.of();
        }
    }
}
