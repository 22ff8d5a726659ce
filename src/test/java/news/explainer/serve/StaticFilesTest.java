package news.explainer.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Serving from a folder that an atomic swap replaces: the moment between its two renames is retried once. */
class StaticFilesTest {

    @Test
    void aRequestThatFallsBetweenTheTwoRenamesOfASwapIsServedFromTheNewSite(@TempDir Path dir) throws IOException {
        Path site = dir.resolve("site");
        Path staging = Files.createDirectories(dir.resolve(".site.staging"));
        Files.writeString(staging.resolve("index.html"), "<p>new</p>");
        StaticFiles files = new StaticFiles(site, () -> move(staging, site)); // the swap finishes meanwhile

        StaticFiles.Response response = files.get("/index.html");

        assertEquals(200, response.status());
        assertTrue(new String(response.body(), StandardCharsets.UTF_8).startsWith("<p>new</p>"));
    }

    @Test
    void aFolderThatStaysMissingIsNotFoundAfterTheRetry(@TempDir Path dir) {
        StaticFiles files = new StaticFiles(dir.resolve("site"), () -> { });
        assertEquals(404, files.get("/index.html").status());
    }

    @Test
    void htmlGetsTheReloadScriptBeforeItsClosingBodyTagAndOtherFilesAreUntouched(@TempDir Path dir)
            throws IOException {
        Files.writeString(dir.resolve("a.html"), "<body><p>x</p></BODY>\n</html>");
        Files.writeString(dir.resolve("a.css"), "</body>");
        StaticFiles files = new StaticFiles(dir);
        assertEquals("<body><p>x</p>" + LiveReload.SCRIPT_TAG + "</BODY>\n</html>",
                new String(files.get("/a.html").body(), StandardCharsets.UTF_8));
        assertEquals("</body>", new String(files.get("/a.css").body(), StandardCharsets.UTF_8));
    }

    private static void move(Path from, Path to) {
        try {
            Files.move(from, to);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
