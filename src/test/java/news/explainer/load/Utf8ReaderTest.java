package news.explainer.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import news.explainer.problem.Problem;
import news.explainer.problem.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reader decodes with the JDK's lenient decoding and looks again, strictly, only where it put a replacement
 * character: a file that holds one of its own must still be read, and a bad byte still found where it is.
 */
class Utf8ReaderTest {

    @Test
    void aReplacementCharacterWrittenInTheFileIsReadAsText(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("a.txt");
        String text = "The caption read \uFFFD where the photo failed.\nSecond line.\n";
        Files.writeString(file, text, StandardCharsets.UTF_8);
        Problems problems = new Problems();
        Optional<SourceText> read = new Utf8Reader(dir).read(file, problems);
        assertTrue(problems.sorted().isEmpty(), problems.sorted().toString());
        assertEquals(text, read.orElseThrow().text());
        assertEquals(2, read.get().lines().lineOf(text.indexOf("Second")));
    }

    @Test
    void aWindowsQuoteIsRefusedAtItsLineAndColumn(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("a.txt");
        byte[] bytes = "First line.\nHe said \u0093no\u0094.\n".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(file, bytes);
        Problems problems = new Problems();
        assertTrue(new Utf8Reader(dir).read(file, problems).isEmpty());
        Problem problem = problems.sorted().get(0);
        assertEquals(1, problems.sorted().size());
        assertEquals(2, problem.where().line());
        assertEquals(9, problem.where().column());
        assertTrue(problem.message().startsWith("file is not valid UTF-8: byte 0x93"), problem.message());
    }
}
