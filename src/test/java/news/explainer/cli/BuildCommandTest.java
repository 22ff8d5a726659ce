package news.explainer.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.TreeMap;
import news.explainer.SiteBuild;
import news.explainer.testing.TestProject;
import news.explainer.write.SiteWriter;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build command end to end, on copies of the real project. Each kind of bad input has its case in
 * {@code src/test/resources/editors/bad-input.md} (see {@code news.explainer.editors.BadInputTest}).
 */
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
    void twoBuildsOfTheSameInputAreByteIdentical(@TempDir Path dir) throws IOException {
        TestProject project = TestProject.copyOfReal(dir);
        assertEquals(0, project.run("build").exitCode());
        Map<String, byte[]> first = TestProject.snapshot(project.site());
        assertEquals(0, project.run("build").exitCode());
        assertSameFiles(first, TestProject.snapshot(project.site()));
    }

    /** The build writes each file as it is made: what lands in the site must be all an in-memory build makes. */
    @Test
    void theBuiltSiteHoldsExactlyTheFilesOfABuildKeptInMemory(@TempDir Path dir) throws IOException {
        TestProject project = TestProject.copyOfReal(dir);
        assertEquals(0, project.run("build").exitCode());
        Map<String, byte[]> inMemory = new TreeMap<>();
        new SiteBuild(project.content(), project.templates(), dir).run().files()
                .forEach(file -> inMemory.put(file.path(), file.bytes()));
        inMemory.put(SiteWriter.MARKER, new byte[0]);
        assertSameFiles(inMemory, TestProject.snapshot(project.site()));
    }

    /** A build that fails on its content leaves nothing on disk, not even the folders an --out not yet made needs. */
    @Test
    void aFailingBuildIntoANewFolderMakesNoFolder(@TempDir Path dir) throws IOException {
        TestProject project = TestProject.copyOfReal(dir.resolve("project"));
        project.write("content/story.md", "---\ntitle: [broken\n---\n");
        Path out = dir.resolve("public/explainers/site");
        TestProject.Run run = project.run("build", "--out", out.toString());
        assertEquals(ExitCodes.PROBLEMS, run.exitCode(), run.err());
        assertFalse(Files.exists(dir.resolve("public")), "folders made for a site that was never written");
    }

    /**
     * A folder this generator did not make is never replaced. Its content's problems are still all reported (the
     * build runs, writing nothing), and the folder is named as a problem too, whatever the content.
     */
    @Test
    void aForeignOutFolderIsLeftAloneAndReportedAfterTheContentsProblems(@TempDir Path dir) throws IOException {
        TestProject project = TestProject.copyOfReal(dir.resolve("project"));
        Path foreign = Files.createDirectories(dir.resolve("someones-folder"));
        Files.writeString(foreign.resolve("notes.txt"), "keep me");
        TestProject.Run good = project.run("build", "--out", foreign.toString());
        assertEquals(ExitCodes.INTERNAL, good.exitCode(), good.err());
        assertTrue(good.err().contains("cannot write the site: " + foreign + " exists and was not made by this"
                + " generator"), good.err());
        project.write("content/story.md", "---\ntitle: [broken\n---\n");
        TestProject.Run broken = project.run("build", "--out", foreign.toString());
        assertEquals(ExitCodes.PROBLEMS, broken.exitCode(), broken.err());
        assertTrue(broken.err().contains("story.md:2"), broken.err());
        assertTrue(broken.err().contains("exists and was not made by this generator"), broken.err());
        assertTrue(broken.err().lines().reduce((a, b) -> b).orElse("").startsWith("build failed"), broken.err());
        assertEquals(Set.of("notes.txt"), TestProject.snapshot(foreign).keySet());
        assertEquals("keep me", Files.readString(foreign.resolve("notes.txt")));
        try (Stream<Path> beside = Files.list(dir)) {
            assertEquals(Set.of("project", "someones-folder"),
                    beside.map(path -> path.getFileName().toString()).collect(Collectors.toSet()), "nothing beside it");
        }
    }

    @Test
    void unknownCommandsAndOptionsAreUsageErrors(@TempDir Path dir) throws IOException {
        TestProject project = TestProject.copyOfReal(dir);
        assertEquals(ExitCodes.USAGE, project.run("bild").exitCode());
        TestProject.Run run = project.run("build", "--colour");
        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertTrue(run.err().contains("unknown option '--colour'"), run.err());
    }

    @Test
    void aFolderGivenWithoutItsOptionIsAUsageErrorNotASilentBuildOfTheDefault(@TempDir Path dir) throws IOException {
        TestProject project = TestProject.copyOfReal(dir);
        TestProject.Run run = project.run("build", "elsewhere/content");
        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertTrue(run.err().contains("error: 'build' takes options only, not 'elsewhere/content' (a content folder is"
                + " given as --content elsewhere/content)"), run.err());
        assertFalse(Files.exists(project.site()), "nothing may be built");
    }

    @Test
    void helpAfterACommandPrintsTheUsage(@TempDir Path dir) throws IOException {
        TestProject project = TestProject.copyOfReal(dir);
        TestProject.Run run = project.run("build", "--help");
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("Usage: explainer <command> [options]"), run.out());
        assertFalse(Files.exists(project.site()), "asking for help builds nothing");
    }

    static void assertSameFiles(Map<String, byte[]> expected, Map<String, byte[]> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((path, bytes) -> assertArrayEquals(bytes, actual.get(path), path));
    }
}
