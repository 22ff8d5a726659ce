package news.explainer.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import news.explainer.cli.ExitCodes;
import news.explainer.testing.TestProject;
import news.explainer.write.SiteWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a build killed at the worst moments leaves beside the site, set up by hand (a kill lands there too rarely for
 * {@link CrashSafetyTest} to count on it), and what the next build makes of it.
 */
class KilledRunLeftoversTest {
    @TempDir
    Path temp;

    /** A staging folder left by a run killed as it swapped (complete, marker and all) is never published. */
    @Test
    void aCompleteStagingLeftoverIsNotPublished() throws IOException {
        TestProject project = TestProject.copyOfReal(temp.resolve("project"));
        Path site = project.site();
        assertEquals(ExitCodes.OK, project.run("build").exitCode());
        String built = SiteTree.digest(site);
        Path staging = sibling(site, ".staging");
        Files.createDirectories(staging.resolve("sources"));
        Files.writeString(staging.resolve("sources/stale.html"), "from a killed run");
        Files.writeString(staging.resolve(SiteWriter.MARKER), "");
        assertEquals(ExitCodes.OK, project.run("build").exitCode());
        assertEquals(built, SiteTree.digest(site), "the site is the build's, without the leftover page");
        assertFalse(Files.exists(staging), "the leftover is gone");
    }

    /**
     * The one state a kill can leave that is neither site: between the writer's two renames there is no site and the
     * complete previous one is set aside. The next build puts it back before anything else, even when that build
     * fails on its content, so a host is never left without a site by a crash.
     */
    @Test
    void aSiteSetAsideByAKilledRunIsPutBackByTheNextBuildEvenAFailingOne() throws IOException {
        TestProject project = TestProject.copyOfReal(temp.resolve("project"));
        Path site = project.site();
        assertEquals(ExitCodes.OK, project.run("build").exitCode());
        String built = SiteTree.digest(site);
        Files.move(site, sibling(site, ".previous"));
        Files.createDirectories(sibling(site, ".staging"));
        Files.writeString(sibling(site, ".staging").resolve("index.html"), "half written");
        project.write("content/story.md", "---\ntitle: [broken\n---\n");
        TestProject.Run run = project.run("build");
        assertEquals(ExitCodes.PROBLEMS, run.exitCode(), run.err());
        assertEquals(built, SiteTree.digest(site), "the previous site is back");
        assertFalse(Files.exists(sibling(site, ".previous")), "moved back, not copied");
    }

    /** A set-aside folder without the marker is not a complete site: it is never put back as the site. */
    @Test
    void anIncompleteSetAsideFolderIsNotPutBack() throws IOException {
        TestProject project = TestProject.copyOfReal(temp.resolve("project"));
        Path site = project.site();
        Path previous = sibling(site, ".previous");
        Files.createDirectories(previous);
        Files.writeString(previous.resolve("index.html"), "half deleted");
        project.write("content/story.md", "---\ntitle: [broken\n---\n");
        assertEquals(ExitCodes.PROBLEMS, project.run("build").exitCode());
        assertFalse(Files.exists(site), "no site is made from an incomplete folder");
    }

    private static Path sibling(Path site, String suffix) {
        return site.resolveSibling("." + site.getFileName() + suffix);
    }
}
