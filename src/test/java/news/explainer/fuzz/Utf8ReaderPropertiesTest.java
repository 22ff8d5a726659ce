package news.explainer.fuzz;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import news.explainer.load.SourceText;
import news.explainer.load.Utf8Reader;
import news.explainer.problem.Problem;
import news.explainer.problem.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The strict UTF-8 reader on arbitrary bytes: a file it accepts comes back byte for byte (byte-order mark included)
 * and every character offset maps to the right byte offset; a file it refuses gets one error, on the first line
 * that is not UTF-8 as an independent decoder sees it.
 */
class Utf8ReaderPropertiesTest {

    @Test
    void aFileIsReadWhole_orRefusedAtItsFirstBadLine(@TempDir Path dir) {
        Utf8Reader reader = new Utf8Reader(dir);
        Path file = dir.resolve("article.txt");
        Fuzz.check("Utf8Reader reads whole or refuses at the bad line", 1000, Inputs.bytes(), bytes -> {
            write(file, bytes);
            Problems problems = new Problems();
            Optional<SourceText> read = reader.read(file, problems);
            if (read.isPresent()) {
                assertTrue(problems.sorted().isEmpty());
                SourceText source = read.get();
                assertArrayEquals(bytes, source.bytes(), "the text is the file, byte for byte");
                assertEquals(bytes.length, source.byteOffset(source.text().length()));
                assertOffsetsMapToBytes(source, bytes);
            } else {
                assertEquals(1, problems.sorted().size());
                Problem problem = problems.sorted().get(0);
                assertEquals("article.txt", problem.where().path());
                assertEquals(expectedLine(bytes), problem.where().line(), problem::format);
                assertTrue(problem.isError());
            }
        });
    }

    /** Every line start, as a character offset, is the byte offset just after a '\n' byte. */
    private static void assertOffsetsMapToBytes(SourceText source, byte[] bytes) {
        String text = source.text();
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            assertEquals('\n', bytes[source.byteOffset(i)], "offset " + i);
        }
    }

    /** 0 for a blank file (reported as empty), else the first line that does not decode on its own. */
    private static int expectedLine(byte[] bytes) {
        if (new String(bytes, StandardCharsets.ISO_8859_1).isBlank() && !containsOddBlank(bytes)) {
            return 0;
        }
        int line = 1;
        int start = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                if (!decodes(bytes, start, i)) {
                    return line;
                }
                line++;
                start = i + 1;
            }
        }
        throw new AssertionError("the whole file decodes, yet it was refused");
    }

    /** {@code String.isBlank} also counts bytes such as 0x1C; the reader's "empty" means spaces and line breaks. */
    private static boolean containsOddBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return true;
            }
        }
        return false;
    }

    private static boolean decodes(byte[] bytes, int from, int to) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, from, to - from));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static void write(Path file, byte[] bytes) {
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
