package news.explainer.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import news.explainer.testing.TestProject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build command end to end, on copies of the real project. */
class BuildCommandTest {

    @Test
    void buildWritesAnExplainerListingAllFiveSourcesWithOutletHeadlineAndDate(@TempDir Path dir) throws IOException {
        TestProject project = TestProject.copyOfReal(dir);
        TestProject.Run run = project.run("build");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().matches("(?s)built .*: 5 articles, \\d+ pages, 0 errors, 0 warnings in .*\n"), run.out());
        Document index = Jsoup.parse(project.site().resolve("index.html").toFile());
        var items = index.select("ul.sources > li.source-item");
        assertEquals(5, items.size());
        for (Element item : items) {
            assertFalse(item.select(".outlet").text().isBlank(), item.outerHtml());
            assertFalse(item.select(".headline a").text().isBlank(), item.outerHtml());
            assertTrue(item.select("time[datetime]").attr("datetime").matches("2026-0[12]-\\d\\d"), item.outerHtml());
        }
        assertTrue(items.text().contains("HuffPost UK"));
        assertTrue(items.text().contains("CNN"));
    }

    @Test
    void aContentFolderWithOnlyArticlesBuildsWithWarnings(@TempDir Path dir) throws IOException {
        TestProject project = TestProject.articlesOnly(dir);
        TestProject.Run run = project.run("build");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("warning: no story file"), run.err());
        assertTrue(run.err().contains("000_8a847a2ecf02cf71.txt: warning: no annotation names this article"),
                run.err());
        assertTrue(Files.exists(project.site().resolve("sources/000_8a847a2ecf02cf71.html")));
        assertEquals(5, Jsoup.parse(project.site().resolve("index.html").toFile()).select("li.source-item").size());
    }

    @Test
    void brokenFrontMatterFailsWithFileAndLineAndLeavesTheSiteUnchanged(@TempDir Path dir) throws IOException {
        TestProject project = TestProject.copyOfReal(dir);
        assertEquals(0, project.run("build").exitCode());
        Map<String, byte[]> before = TestProject.snapshot(project.site());
        project.write("content/sources/cnn.md", """
                ---
                file: 004_e58917d5e258b20f.txt
                outlet: CNN
                  byline: Donald Judd
                ---
                Text.
                """);
        TestProject.Run run = project.run("build");
        assertEquals(ExitCodes.PROBLEMS, run.exitCode());
        assertTrue(run.err().contains("cnn.md:4:9: error: broken YAML: mapping values are not allowed here\n"), run.err());
        assertTrue(run.err().contains("build failed"), run.err());
        assertSameFiles(before, TestProject.snapshot(project.site()));
    }

    @Test
    void unknownKeyIsReportedWithItsLineAndTheNearestKnownKey(@TempDir Path dir) throws IOException {
        TestProject project = TestProject.copyOfReal(dir);
        project.write("content/sources/cnn.md", """
                ---
                file: 004_e58917d5e258b20f.txt
                outlet: CNN
                publshed: 2026-01-29
                ---
                """);
        TestProject.Run run = project.run("check");
        assertEquals(ExitCodes.PROBLEMS, run.exitCode());
        assertTrue(run.err().contains("cnn.md:4:1: error: unknown key 'publshed'"), run.err());
        assertTrue(run.err().contains("did you mean 'published'?"), run.err());
        assertTrue(run.err().contains("    publshed: 2026-01-29\n    ^"), run.err());
        assertFalse(Files.exists(project.site()), "check writes nothing");
    }

    @Test
    void wrongDateFormatIsReportedWithItsLine(@TempDir Path dir) throws IOException {
        TestProject project = TestProject.copyOfReal(dir);
        project.write("content/sources/cnn.md", """
                ---
                file: 004_e58917d5e258b20f.txt
                outlet: CNN
                published: 29/01/2026
                ---
                """);
        TestProject.Run run = project.run("build");
        assertEquals(ExitCodes.PROBLEMS, run.exitCode());
        assertTrue(run.err().contains("cnn.md:4:12: error: wrong value for 'published': '29/01/2026' is not a date"
                + " written YYYY-MM-DD"), run.err());
    }

    @Test
    void anAnnotationNamingAMissingArticleIsAnError(@TempDir Path dir) throws IOException {
        TestProject project = TestProject.copyOfReal(dir);
        project.write("content/sources/cnn.md", """
                ---
                file: 004_e58917d5e258b20.txt
                outlet: CNN
                ---
                """);
        TestProject.Run run = project.run("build");
        assertEquals(ExitCodes.PROBLEMS, run.exitCode());
        assertTrue(run.err().contains("cnn.md:2:7: error: article file '004_e58917d5e258b20.txt' not found"),
                run.err());
        assertTrue(run.err().contains("did you mean '004_e58917d5e258b20f.txt'?"), run.err());
    }

    @Test
    void aFileThatIsNotUtf8IsAnErrorWithItsLine(@TempDir Path dir) throws IOException {
        TestProject project = TestProject.copyOfReal(dir);
        Files.write(project.content().resolve("people/marco-rubio.md"),
                "---\nname: Marco Rubio\nrole: Secr\u00e9taire\n---\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        TestProject.Run run = project.run("build");
        assertEquals(ExitCodes.PROBLEMS, run.exitCode());
        assertTrue(run.err().contains("marco-rubio.md:3:11: error: file is not valid UTF-8: byte 0xE9"), run.err());
    }

    @Test
    void anEmptyFileIsAnError(@TempDir Path dir) throws IOException {
        TestProject project = TestProject.copyOfReal(dir);
        project.write("content/people/marco-rubio.md", "");
        TestProject.Run run = project.run("build");
        assertEquals(ExitCodes.PROBLEMS, run.exitCode());
        assertTrue(run.err().contains("marco-rubio.md: error: file is empty"), run.err());
    }

    @Test
    void aByteOrderMarkAndCrlfLineEndingsAreAccepted(@TempDir Path dir) throws IOException {
        TestProject project = TestProject.copyOfReal(dir);
        project.write("content/people/marco-rubio.md", "\uFEFF---\r\nname: Marco Rubio\r\nrole: US Secretary of State\r\n---\r\n");
        TestProject.Run run = project.run("build");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.readString(project.site().resolve("people/marco-rubio.html")).contains("US Secretary of State"));
    }

    @Test
    void twoBuildsOfTheSameInputAreByteIdentical(@TempDir Path dir) throws IOException {
        TestProject project = TestProject.copyOfReal(dir);
        assertEquals(0, project.run("build").exitCode());
        Map<String, byte[]> first = TestProject.snapshot(project.site());
        assertEquals(0, project.run("build").exitCode());
        assertSameFiles(first, TestProject.snapshot(project.site()));
    }

    @Test
    void unknownCommandsAndOptionsAreUsageErrors(@TempDir Path dir) throws IOException {
        TestProject project = TestProject.copyOfReal(dir);
        assertEquals(ExitCodes.USAGE, project.run("bild").exitCode());
        TestProject.Run run = project.run("build", "--colour");
        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertTrue(run.err().contains("unknown option '--colour'"), run.err());
    }

    static void assertSameFiles(Map<String, byte[]> expected, Map<String, byte[]> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((path, bytes) -> assertArrayEquals(bytes, actual.get(path), path));
    }
}
