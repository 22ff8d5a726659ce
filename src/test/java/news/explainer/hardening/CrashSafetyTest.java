package news.explainer.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import news.explainer.cli.ExitCodes;
import news.explainer.testing.TestProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #8, "crash safety": the real build runs as its own process ({@code java news.explainer.Main build}) and is
 * killed with SIGKILL ({@link Process#destroyForcibly()} on Linux) at seeded random moments, many times. Each killed
 * build would have changed the site (content versions A and B alternate), and after each kill the output folder must
 * be the previous complete site or the new complete one, compared by a digest of the whole tree; the next build must
 * succeed and give exactly the expected site, leftovers never published.
 *
 * <p>The content is the real one plus generated articles, so that writing the site takes long enough for kills to
 * land in it: a third of the kills come at a random moment of a whole build (as long as a first, unkilled build
 * took), the rest at a random moment of its write phase (as long as that build's), counted from the moment it
 * touches the output (see {@link BuildProcess}). A build writes each file as soon as it has made it, so its write
 * phase is most of the build: it starts with the staging folder, made before anything is loaded. After a third of the kills, chosen at random, the next normal build
 * runs at once; the others are followed by another killed build, so leftovers of killed runs meet killed runs.
 * {@code -Dcrash.kills=N} and {@code -Dcrash.seed=S} change the run.
 *
 * <p>Tested against two broken writers (not committed): one that deletes the site and writes in place fails on the
 * next build (a half-written site without its marker is refused), one that writes in place over the old site fails
 * on its digest (stale files).
 */
class CrashSafetyTest {
    private static final int KILLS = Integer.getInteger("crash.kills", 30);
    private static final long SEED = Long.getLong("crash.seed", 20260129L);
    private static final int EXTRA_ARTICLES = 200;

    @TempDir
    Path temp;

    /** What a look at the output folder after a kill found. */
    enum Outcome { BEFORE_WRITE, MID_WRITE, BETWEEN_RENAMES, NEW_SITE, FINISHED_BEFORE_KILL }

    @Test
    void aBuildKilledAtAnyMomentLeavesThePreviousOrTheNewCompleteSite() throws Exception {
        TestProject a = project("a", "");
        TestProject b = project("b", " (version B)");
        Map<Path, String> expected = Map.of(a.content(), reference(a), b.content(), reference(b));
        assertNotEquals(expected.get(a.content()), expected.get(b.content()), "the two versions differ");
        Path site = temp.resolve("out").resolve("site");
        BuildProcess.Timing timing = BuildProcess.timed(a.content(), a.templates(), site);
        System.out.printf("crash safety: a whole build takes %d ms in its own JVM, writing the site %s from %d ms%n",
                timing.totalMillis(), SiteTree.digest(site), timing.writeStartMillis());
        assertEquals(expected.get(a.content()), SiteTree.digest(site), "the unkilled build gives version A");

        Random random = new Random(SEED);
        Map<Outcome, Integer> outcomes = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        TestProject current = a;
        for (int kill = 0; kill < KILLS; kill++) {
            TestProject next = current == a ? b : a;
            boolean anyMoment = kill % 3 == 0;
            long delay = random.nextInt((int) (anyMoment ? timing.totalMillis() : timing.writeMillis() + 10) + 1);
            Instant started = Instant.now();
            boolean finished = anyMoment ? BuildProcess.killAfter(next.content(), next.templates(), site, delay)
                    : BuildProcess.killWhenWriting(next.content(), next.templates(), site, delay);
            String was = expected.get(current.content());
            String now = expected.get(next.content());
            String at = "kill " + kill + (anyMoment ? " " : " of the write phase, ") + delay + " ms in: ";
            Outcome outcome = inspect(site, was, now, started, finished, failures, at);
            outcomes.merge(outcome, 1, Integer::sum);
            current = outcome == Outcome.NEW_SITE || outcome == Outcome.FINISHED_BEFORE_KILL ? next : current;
            if (random.nextInt(3) == 0) {
                // The next normal build, run at once: it must succeed from whatever the kill left.
                TestProject.Run run = next.run("build", "--out", site.toString());
                assertEquals(ExitCodes.OK, run.exitCode(), "kill " + kill + ": the next build fails: " + run.err());
                assertEquals(now, SiteTree.digest(site), "kill " + kill + ": the next build gives the expected site");
                assertNoLeftovers(site);
                current = next;
            }
        }
        BuildProcess.Timing last = BuildProcess.timed(current.content(), current.templates(), site);
        assertEquals(expected.get(current.content()), SiteTree.digest(site), "the last, unkilled build");
        assertNoLeftovers(site);
        int landed = outcomes.getOrDefault(Outcome.MID_WRITE, 0) + outcomes.getOrDefault(Outcome.BETWEEN_RENAMES, 0);
        System.out.printf("crash safety: %d kills attempted (seed %d): %s; %d landed while the site was being"
                + " written, %d survived with a complete site; last build %d ms%n", KILLS, SEED, outcomes, landed,
                KILLS - failures.size(), last.totalMillis());
        if (!failures.isEmpty()) {
            fail(failures.size() + " kills left a broken site:\n  " + String.join("\n  ", failures));
        }
    }

    /**
     * Sorts what a kill left into an outcome, and records a failure unless the site is the previous one or the new
     * one. A kill between the writer's two renames leaves no site but the complete previous one set aside, which the
     * next build puts back first: that is counted apart, and only accepted when the set-aside site is complete.
     */
    private static Outcome inspect(Path site, String was, String now, Instant started, boolean finished,
            List<String> failures, String at) throws IOException {
        String found = SiteTree.digest(site);
        if (finished) {
            if (!found.equals(now)) {
                failures.add(at + "the build finished first, but the site is " + found + ", not " + now);
            }
            return Outcome.FINISHED_BEFORE_KILL;
        }
        if (found.equals(now)) {
            return Outcome.NEW_SITE;
        }
        if (found.equals(SiteTree.MISSING)) {
            String aside = SiteTree.digest(sibling(site, ".previous"));
            if (!aside.equals(was)) {
                failures.add(at + "no site, and the one set aside is " + aside + ", not the previous " + was);
            }
            return Outcome.BETWEEN_RENAMES;
        }
        if (!found.equals(was)) {
            failures.add(at + "the site is " + found + ": neither the previous " + was + " nor the new " + now);
        }
        return BuildProcess.touchedSince(site, FileTime.from(started)) ? Outcome.MID_WRITE : Outcome.BEFORE_WRITE;
    }

    /** The real content and templates, plus generated articles so that writing the site takes a while. */
    private TestProject project(String name, String titleSuffix) throws IOException {
        TestProject project = TestProject.copyOfReal(temp.resolve(name));
        Path story = project.content().resolve("story.md");
        Files.writeString(story, Files.readString(story).replaceFirst("(?m)^title: \"(.*)\"$",
                "title: \"$1" + titleSuffix + "\""));
        int count = EXTRA_ARTICLES + (titleSuffix.isEmpty() ? 0 : 1); // B also has one file more
        for (int i = 0; i < count; i++) {
            StringBuilder text = new StringBuilder("Generated article " + i + " for the crash test\n\n");
            for (int p = 0; p < 20; p++) {
                text.append("Paragraph ").append(p).append(" of generated article ").append(i)
                        .append(" says nothing new about the cold in Kyiv. Officials met again.\n\n");
            }
            Files.writeString(project.content().resolve("articles").resolve(String.format("9%03d_extra.txt", i)),
                    text.toString());
        }
        return project;
    }

    /** The digest of a clean, unkilled, in-process build of a project. */
    private String reference(TestProject project) throws IOException {
        Path out = temp.resolve("reference-" + project.root.getFileName()).resolve("site");
        TestProject.Run run = project.run("build", "--out", out.toString());
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        return SiteTree.digest(out);
    }

    private static void assertNoLeftovers(Path site) {
        for (String suffix : List.of(".staging", ".previous")) {
            assertFalse(Files.exists(sibling(site, suffix)), "leftover " + sibling(site, suffix));
        }
        assertTrue(Files.exists(site.resolve(".generated")), "the site carries its marker");
    }

    /** The writer's sibling folders: {@code .site.staging}, {@code .site.previous}. */
    private static Path sibling(Path site, String suffix) {
        return site.resolveSibling("." + site.getFileName() + suffix);
    }
}
