package news.explainer.editors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import news.explainer.cli.ExitCodes;
import news.explainer.testing.TestProject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs far beyond any story: each is refused before it is read, with one clear message, and the site is left as
 * it was. Timings are printed, not asserted; the point is that the command returns at all. The limit on files per
 * folder (20,000) is tested one level down, in {@code news.explainer.load.ContentFilesTest}: making 20,001 files
 * took 10 s on a busy 2-core machine.
 */
class LimitsTest {
    @TempDir
    static Path dir;
    private static TestProject good;
    private static Map<String, byte[]> goodSite;

    @BeforeAll
    static void buildTheGoodSiteOnce() throws IOException {
        good = TestProject.copyOfReal(dir.resolve("good"));
        assertEquals(ExitCodes.OK, good.run("build").exitCode());
        goodSite = TestProject.snapshot(good.site());
    }

    @Test
    void anAnnotationOfNineMegabytesIsRefusedUnreadWhileAnArticleLimitWouldBeTooLowForIt() throws IOException {
        TestProject project = good.copyTo(dir.resolve("huge-annotation"));
        project.writeBytes("content/people/huge.md", articleText(9 << 20));
        String err = buildFails(project, "an annotation of 9 MB");
        assertTrue(err.contains("content/people/huge.md: error: file too large: 9.0 MB; annotation files over 8 MB"
                + " are refused\n"), err);
    }

    @Test
    void anArticleOfFiftyMegabytesIsRefusedUnread() throws IOException {
        TestProject project = good.copyTo(dir.resolve("huge-article"));
        project.writeBytes("content/articles/huge.txt", articleText(50 << 20));
        String err = buildFails(project, "an article of 50 MB");
        assertTrue(err.contains("content/articles/huge.txt: error: file too large: 50.0 MB; articles over 1 MB"
                + " are refused\n    = an article is plain text of a few thousand words: is this the right file?\n"),
                err);
    }

    @Test
    void aContentFolderOfOneHundredAndThirtyMegabytesIsRefusedBeforeAnyFileIsRead() throws IOException {
        TestProject project = good.copyTo(dir.resolve("huge-folder"));
        byte[] oneMegabyte = articleText(1 << 20);
        for (int i = 0; i < 130; i++) {
            project.writeBytes("content/articles/copy-" + i + ".txt", oneMegabyte);
        }
        String err = buildFails(project, "130 articles of 1 MB");
        long files;
        try (var walk = java.nio.file.Files.walk(project.content())) {
            files = walk.filter(java.nio.file.Files::isRegularFile).count();
        }
        assertTrue(err.startsWith("content: error: content folder too large: 130.1 MB in " + files + " files; at"
                + " most 128 MB are read\n    = a story of 10,000 articles is about 60 MB: check that this is the right"
                + " folder\n"), err);
    }

    @Test
    void frontMatterOfThreeMegabytesIsRefusedBeforeTheYamlParserSeesIt() throws IOException {
        TestProject project = good.copyTo(dir.resolve("huge-front-matter"));
        project.write("content/people/marco-rubio.md", "---\nname: Marco Rubio\nrole: \"" + "x".repeat(3_000_000)
                + "\"\n---\n");
        String err = buildFails(project, "front matter of 3 MB");
        assertTrue(err.startsWith("content/people/marco-rubio.md:1:1: error: front matter too large: 3000027 characters"
                + " between the '---' lines (at most 3000000)\n    ---\n    ^\n"), err);
    }

    private static String buildFails(TestProject project, String what) throws IOException {
        long started = System.nanoTime();
        TestProject.Run run = project.runHere("build");
        System.out.printf("limits: %s refused in %.2f s%n", what, (System.nanoTime() - started) / 1e9);
        assertEquals(ExitCodes.PROBLEMS, run.exitCode(), run.err());
        assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), run.err());
        Map<String, byte[]> site = TestProject.snapshot(project.site());
        assertEquals(goodSite.keySet(), site.keySet());
        goodSite.forEach((path, bytes) -> assertArrayEquals(bytes, site.get(path), path));
        return run.err();
    }

    /** Real article text, repeated to the size asked for. */
    private static byte[] articleText(int size) throws IOException {
        byte[] seed = Files.readString(Path.of("content/articles/001_772144a5bb11708c.txt"))
                .getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[size];
        for (int i = 0; i < size; i += seed.length) {
            System.arraycopy(seed, 0, out, i, Math.min(seed.length, size - i));
        }
        return out;
    }
}
