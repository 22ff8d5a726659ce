package news.explainer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import news.explainer.cli.ExitCodes;
import org.junit.jupiter.api.Test;

/** What the process exits with: a crash is not mistaken for content with errors. */
class MainTest {

    @Test
    void aCommandThatFailsUnexpectedlyExitsWithTheInternalCodeAndSaysWhy() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        int code = Main.exitCode(() -> {
            throw new IllegalStateException("a view with no page");
        }, err);
        assertEquals(ExitCodes.INTERNAL, code);
        String shown = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(shown.startsWith("error: the generator failed unexpectedly"), shown);
        assertTrue(shown.contains("IllegalStateException: a view with no page"), shown);
    }

    @Test
    void aCommandThatReturnsGivesItsOwnCode() {
        assertEquals(ExitCodes.PROBLEMS, Main.exitCode(() -> ExitCodes.PROBLEMS, System.err));
    }
}
