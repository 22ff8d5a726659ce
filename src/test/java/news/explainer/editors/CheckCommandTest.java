package news.explainer.editors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import news.explainer.cli.ExitCodes;
import news.explainer.testing.TestProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check}: every problem in one run, a summary line, nothing written; {@code --strict} fails on warnings. */
class CheckCommandTest {

    @Test
    void threeBrokenFilesGiveThreeErrorsAndOneSummary(@TempDir Path dir) throws IOException {
        TestProject project = TestProject.copyOfReal(dir);
        project.replace("content/sources/cnn.md", "published:", "publshed:");
        project.write("content/people/marco-rubio.md", "---\nrole: US Secretary of State\n---\n");
        project.replace("content/timeline/2026-01-29-peskov-no-comment.md", "date: 2026-01-29", "date: 29 January");
        TestProject.Run run = project.runHere("check");
        assertEquals(ExitCodes.PROBLEMS, run.exitCode());
        List<String> headlines = run.err().lines().filter(l -> l.matches("\\S.*: (error|warning): .*")).toList();
        assertEquals(List.of(
                "content/people/marco-rubio.md:1:1: error: missing required field 'name'",
                "content/sources/cnn.md:5:1: error: unknown key 'publshed'",
                "content/timeline/2026-01-29-peskov-no-comment.md:2:7: error: wrong value for 'date': '29 January'"
                        + " is not a date written YYYY-MM-DD, such as 2026-01-29"), headlines, run.err());
        String last = run.err().lines().reduce((a, b) -> b).orElseThrow();
        assertTrue(last.matches("check failed: 5 articles, \\d+ pages, 3 errors, 0 warnings in \\d+\\.\\d\\d s"), last);
        assertFalse(Files.exists(project.site()), "check writes nothing");
    }

    @Test
    void strictTurnsWarningsIntoErrors(@TempDir Path dir) throws IOException {
        TestProject project = TestProject.copyOfReal(dir);
        project.delete("content/story.md");
        TestProject.Run lenient = project.runHere("check");
        assertEquals(ExitCodes.OK, lenient.exitCode(), lenient.err());
        assertTrue(lenient.err().contains("content/story.md: warning: no story file"), lenient.err());
        assertTrue(lenient.out().matches("checked: 5 articles, \\d+ pages, 0 errors, [1-9]\\d* warnings in .*\n"),
                lenient.out());
        TestProject.Run strict = project.runHere("check", "--strict");
        assertEquals(ExitCodes.PROBLEMS, strict.exitCode());
        assertEquals(lenient.err(), strict.err().substring(0, lenient.err().length()), "the same problems");
        String last = strict.err().lines().reduce((a, b) -> b).orElseThrow();
        assertTrue(last.matches("check failed \\(--strict\\): 5 articles, \\d+ pages, 0 errors, [1-9]\\d* warnings.*"),
                last);
    }
}
