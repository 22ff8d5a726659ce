package news.explainer.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import news.explainer.analyse.Analyser;
import news.explainer.load.ContentLoader;
import news.explainer.load.Utf8Reader;
import news.explainer.model.Content;
import news.explainer.problem.Problem;
import news.explainer.problem.Problems;
import news.explainer.testing.TestProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.generators.Generate;

/**
 * The loader and the analysis on a real content folder with one file replaced by a mutant: an annotation or an
 * article. Whatever the file holds, the outcome is problems that name a real line of a real file, never an
 * exception: this is where a value the YAML reader let through (an empty list item, a number for a date) meets the
 * code that uses it.
 */
class ContentPropertiesTest {

    @Test
    void anyOneBrokenAnnotationGivesProblemsNeverAnException(@TempDir Path dir) throws IOException {
        run(dir, ".md", false, "ContentLoader on one mutated annotation", 200);
    }

    @Test
    void anyOneBrokenArticleGivesProblemsNeverAnExceptionThroughTheWholeAnalysis(@TempDir Path dir)
            throws IOException {
        run(dir, ".txt", true, "ContentLoader and Analyser on one mutated article", 25);
    }

    private static void run(Path dir, String kind, boolean analyse, String property, int tries) throws IOException {
        TestProject project = TestProject.copyOfReal(dir);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(project.content())) {
            files = walk.filter(f -> f.toString().endsWith(kind)).filter(f -> !f.endsWith("README.md")).sorted()
                    .toList();
        }
        Fuzz.check(property, tries,
                Generate.range(0, files.size() - 1).zip(Inputs.anyAnnotation(), Inputs.anyArticle(), Replacement::new)
                        .map(r -> r.in(files)),
                r -> {
                    String original = read(r.file());
                    try {
                        write(r.file(), r.text());
                        Problems problems = new Problems();
                        Content content = new ContentLoader(new Utf8Reader(dir)).load(project.content(), problems);
                        if (analyse) {
                            new Analyser().analyse(content, problems);
                        }
                        problems.sorted().forEach(p -> assertNamesARealLine(dir, p));
                    } finally {
                        write(r.file(), original);
                    }
                });
    }

    private record Replacement(int index, String annotation, String article, Path file) {
        Replacement(int index, String annotation, String article) {
            this(index, annotation, article, null);
        }

        Replacement in(List<Path> files) {
            return new Replacement(index, annotation, article, files.get(index));
        }

        String text() {
            return file.toString().endsWith(".txt") ? article : annotation;
        }

        @Override
        public String toString() {
            return file + " holding " + Fuzz.show(text());
        }
    }

    private static void assertNamesARealLine(Path root, Problem p) {
        Path file = root.resolve(p.where().path());
        assertTrue(Files.exists(file), () -> "no such file: " + p.format());
        if (Files.isRegularFile(file) && p.where().line() > 0) {
            long lines = read(file).split("\n", -1).length;
            assertTrue(p.where().line() <= lines, () -> "line beyond the file: " + p.format());
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
