package news.explainer.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import news.explainer.load.Annotated;
import news.explainer.load.ComparisonFields;
import news.explainer.load.FrontMatter;
import news.explainer.load.FrontMatterReader;
import news.explainer.load.LineIndex;
import news.explainer.load.PersonFields;
import news.explainer.load.SourceFields;
import news.explainer.load.SourceText;
import news.explainer.load.StoryFields;
import news.explainer.load.TimelineFields;
import news.explainer.problem.Problem;
import news.explainer.problem.Problems;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/**
 * The front-matter split and the strict YAML reader on arbitrary text: they never throw, never hang, report at most
 * one problem per file at a real position of it, and the split loses nothing: every YAML line and every body line
 * is the file's own line at the place the split says (line endings aside).
 */
class FrontMatterPropertiesTest {
    private static final List<Class<?>> KINDS = List.of(
            StoryFields.class, SourceFields.class, PersonFields.class, ComparisonFields.class, TimelineFields.class);
    private final FrontMatterReader reader = new FrontMatterReader();

    @Test
    void theSplitKeepsEveryLineWhereItWas() {
        Fuzz.check("FrontMatter.split keeps every line in place", 1000, Inputs.anyAnnotation(), text -> {
            SourceText source = new SourceText("x.md", text, 0);
            Problems problems = new Problems();
            Optional<FrontMatter> split = FrontMatter.split(source, problems);
            assertEquals(split.isEmpty(), problems.hasErrors());
            split.ifPresent(fm -> {
                assertSameLines(source.lines(), fm.yamlFirstLine(), fm.yaml(), FrontMatter::yamlLine);
                assertSameLines(source.lines(), fm.bodyFirstLine(), fm.body(), line -> line);
            });
            problems.sorted().forEach(p -> assertAtARealPlace(source, p));
        });
    }

    @Test
    void everyKindOfFrontMatterIsReadOrReportedAtARealPlace() {
        Fuzz.check("FrontMatterReader reads or reports", 1000,
                Inputs.anyAnnotation().zip(Generate.range(0, KINDS.size() - 1), Kind::new), in -> {
                    SourceText source = new SourceText("x.md", in.text(), 0);
                    Problems problems = new Problems();
                    Optional<? extends Annotated<?>> doc = reader.read(source, KINDS.get(in.kind()), problems);
                    assertEquals(doc.isEmpty() ? 1 : 0, problems.sorted().size(), () -> problems.sorted().toString());
                    problems.sorted().forEach(p -> assertAtARealPlace(source, p));
                    doc.ifPresent(d -> assertSameLines(source.lines(), d.bodyFirstLine(), d.body(), line -> line));
                });
    }

    private record Kind(String text, int kind) {
        @Override
        public String toString() {
            return KINDS.get(kind).getSimpleName() + " " + Fuzz.show(text);
        }
    }

    /**
     * The lines of {@code part} are the file's lines from {@code firstLine} on, after the documented normalisation
     * (line endings aside: {@code \r\n} and {@code \n} end a line alike).
     */
    private static void assertSameLines(LineIndex file, int firstLine, String part, UnaryOperator<String> normalised) {
        String[] lines = part.split("\n", -1);
        // A part ends with a line break, so its last element is the empty rest after it.
        assertEquals("", lines[lines.length - 1], "a part ends at a line end");
        for (int i = 0; i < lines.length - 1; i++) {
            assertEquals(normalised.apply(file.lineText(firstLine + i)), lines[i], "line " + (firstLine + i));
        }
        assertTrue(firstLine + lines.length - 2 <= file.lineCount(), "no line beyond the file");
    }

    /** A problem names a line of the file (or the whole file) and shows that very line. */
    static void assertAtARealPlace(SourceText source, Problem p) {
        int line = p.where().line();
        assertTrue(line >= 0 && line <= source.lines().lineCount(), () -> "line out of the file: " + p.format());
        assertTrue(p.where().column() >= 0, () -> p.format());
        if (!p.excerpt().isEmpty()) {
            assertEquals(source.lines().lineText(line), p.excerpt(), () -> "excerpt of another line: " + p.format());
        }
        assertTrue(!p.message().isBlank() && !p.message().contains("Exception"), () -> "unclear: " + p.format());
    }
}
