package news.explainer.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import news.explainer.cli.ExitCodes;
import news.explainer.testing.TestProject;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An article's {@code url} becomes a link on its source page, and the story's {@code baseUrl} the pages' canonical
 * address: both accept only an absolute http(s) address. Anything else fails the build at its line, so a
 * {@code javascript:} address can never reach a reader's click.
 */
class UnsafeAddressTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"javascript:window.__pwned=1", "JaVaScRiPt:alert(1)", "  javascript:alert(1)",
            "java\\tscript:alert(1)", "data:text/html,<script>alert(1)</script>", "vbscript:msgbox(1)",
            "//evil.example/x", "evil.example/article", "/local/path", "https://", "ftp://evil.example/x",
            "https://evil.example/a b", "file:///etc/passwd"})
    void anArticleUrlThatIsNotAWebAddressFailsTheBuildAtItsLine(String url) throws IOException {
        TestProject project = TestProject.copyOfReal(dir);
        replace(project.content().resolve("sources/cnn.md"), "published: 2026-01-29",
                "url: \"" + url + "\"\npublished: 2026-01-29");
        TestProject.Run run = project.run("build");
        assertEquals(ExitCodes.PROBLEMS, run.exitCode(), run.err());
        assertTrue(run.err().contains("cnn.md:5:1: error: 'url' must be an absolute http or https address"),
                run.err());
        assertFalse(Files.exists(project.site()), "nothing is written");
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)//", "data:text/html,x", "//evil.example/", "explainers/kyiv/"})
    void aBaseUrlThatIsNotAWebAddressFailsTheBuildAtItsLine(String url) throws IOException {
        TestProject project = TestProject.copyOfReal(dir);
        replace(project.content().resolve("story.md"), "language: en-GB", "language: en-GB\nbaseUrl: \"" + url + "\"");
        TestProject.Run run = project.run("build");
        assertEquals(ExitCodes.PROBLEMS, run.exitCode(), run.err());
        assertTrue(run.err().contains("story.md:8:1: error: 'baseUrl' must be an absolute http or https address"),
                run.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://edition.cnn.com/2026/01/29/politics/trump-putin-kyiv", "HTTP://EXAMPLE.ORG",
            "https://evil.example/a?q=\\\"><script>window.__pwned=1</script>"})
    void aWebAddressIsPublishedAsTheSourcePagesLink(String url) throws IOException {
        TestProject project = TestProject.copyOfReal(dir);
        replace(project.content().resolve("sources/cnn.md"), "published: 2026-01-29",
                "url: \"" + url + "\"\npublished: 2026-01-29");
        TestProject.Run run = project.run("build");
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        String href = Jsoup.parse(project.site().resolve("sources/cnn.html").toFile()).select("dd a[rel~=nofollow]")
                .attr("href");
        assertEquals(url.replace("\\\"", "\""), href);
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertTrue(text.contains(from), file + " holds " + from);
        Files.writeString(file, text.replace(from, to));
    }
}
