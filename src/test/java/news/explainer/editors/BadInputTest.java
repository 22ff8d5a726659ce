package news.explainer.editors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import news.explainer.cli.ExitCodes;
import news.explainer.testing.TestProject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every mistake in {@code src/test/resources/editors/bad-input.md}, made in a copy of the real project whose site
 * was built first: the command exits with 1, prints exactly the expected problem (file, line, column, message, the
 * offending line, the hint) and nothing else, never a stack trace, and the site is left byte for byte as it was.
 */
class BadInputTest {
    private static final Path SPEC = Path.of("src/test/resources/editors/bad-input.md");
    private static final Pattern HEADLINE = Pattern.compile("(?m)^\\S.*?: (error|warning): ");

    @TempDir
    static Path dir;
    private static TestProject good;
    private static Map<String, byte[]> goodSite;

    @BeforeAll
    static void buildTheGoodSiteOnce() throws IOException {
        good = TestProject.copyOfReal(dir.resolve("good"));
        TestProject.Run run = good.run("build");
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        goodSite = TestProject.snapshot(good.site());
    }

    @TestFactory
    Stream<DynamicTest> eachMistakeIsReportedWhereItIsAndLeavesTheSiteAlone() throws IOException {
        return MistakeSpec.read(SPEC).stream()
                .map(mistake -> DynamicTest.dynamicTest(mistake.toString(), () -> check(mistake)));
    }

    private static void check(MistakeSpec.Mistake mistake) throws IOException {
        TestProject project = good.copyTo(dir.resolve("case-" + mistake.line()));
        mistake.applyTo(project);
        String[] command = mistake.command().split(" ");
        TestProject.Run run = project.runHere(command[0], java.util.Arrays.copyOfRange(command, 1, command.length));
        String err = run.err();
        String shown = "\n--- " + mistake + ": the command printed ---\n" + err;
        assertEquals(ExitCodes.PROBLEMS, run.exitCode(), shown);
        int expectedProblems = 0;
        for (String expected : mistake.expected()) {
            assertTrue(err.contains(expected), "expected, exactly:\n" + expected + shown);
            expectedProblems += (int) HEADLINE.matcher(expected).results().count();
        }
        if (!mistake.amongOthers()) {
            assertEquals(expectedProblems, HEADLINE.matcher(err).results().count(), "other problems too" + shown);
        }
        assertFalse(err.contains("Exception") || err.contains("\tat "), "a stack trace" + shown);
        assertTrue(err.lines().reduce((a, b) -> b).orElse("").matches("(build|check) failed.*"), shown);
        Map<String, byte[]> site = TestProject.snapshot(project.site());
        assertEquals(goodSite.keySet(), site.keySet(), "the site's files changed" + shown);
        goodSite.forEach((path, bytes) -> assertArrayEquals(bytes, site.get(path), "site/" + path + " changed"));
        assertFalse(Files.exists(project.site().resolveSibling(".site.staging")), "the staging folder is left" + shown);
    }
}
