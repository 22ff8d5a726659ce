package news.explainer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import news.explainer.testing.TestProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code new}: a scaffolded story builds as it is, annotations land where content/README.md says, nothing is overwritten. */
class NewCommandTest {

    @Test
    void aScaffoldedStoryBuildsWithNoErrors(@TempDir Path dir) throws IOException {
        TestProject project = TestProject.copyOfReal(dir);
        Path story = dir.resolve("stories/next");
        TestProject.Run made = project.run("new", "story", story.toString());
        assertEquals(0, made.exitCode(), made.err());
        assertTrue(Files.isRegularFile(story.resolve("story.md")));
        for (String folder : new String[] {"articles", "sources", "people", "comparisons", "timeline"}) {
            try (var files = Files.list(story.resolve(folder))) {
                assertEquals(1, files.count(), folder + " holds one example");
            }
        }

        TestProject.Run built = run("build", "--content", story.toString(), "--templates",
                project.templates().toString(), "--out", dir.resolve("next-site").toString());

        assertEquals(0, built.exitCode(), built.err());
        assertTrue(built.out().contains("1 articles, 8 pages, 0 errors"), built.out()); // explainer, timeline, 1 point, quotes, lists
        assertTrue(Files.isRegularFile(dir.resolve("next-site/sources/example.html")));
    }

    @Test
    void aStoryIsNotScaffoldedOverAnExistingOne(@TempDir Path dir) throws IOException {
        Path story = dir.resolve("story");
        assertEquals(0, run("new", "story", story.toString()).exitCode());
        Files.writeString(story.resolve("story.md"), "edited by hand");
        Files.delete(story.resolve("people/example-person.md"));

        TestProject.Run again = run("new", "story", story.toString());

        assertEquals(ExitCodes.PROBLEMS, again.exitCode());
        assertTrue(again.err().contains("already exists; nothing was written"), again.err());
        assertEquals("edited by hand", Files.readString(story.resolve("story.md")));
        assertTrue(Files.notExists(story.resolve("people/example-person.md")), "all or nothing");
    }

    @Test
    void annotationsGoWhereTheReadmeSaysAndTheRealContentStillBuilds(@TempDir Path dir) throws IOException {
        TestProject project = TestProject.copyOfReal(dir);
        TestProject.Run person = project.run("new", "person", "Jane", "O’Neill-Smith");
        assertEquals(0, person.exitCode(), person.err());
        Path file = project.content().resolve("people/jane-oneill-smith.md");
        assertTrue(Files.readString(file).contains("name: \"Jane O’Neill-Smith\""), Files.readString(file));
        assertEquals(0, project.run("build").exitCode(), "a new person file builds as it is");

        assertEquals(0, project.run("new", "comparison", "Who asked whom").exitCode());
        assertTrue(Files.isRegularFile(project.content().resolve("comparisons/11-who-asked-whom.md")),
                "numbered after the ten comparisons there");
        assertEquals(0, project.run("new", "source", "005_new.txt").exitCode());
        assertTrue(Files.readString(project.content().resolve("sources/005-new.md")).contains("file: \"005_new.txt\""));
    }

    @Test
    void aQuoteAttributionIsScaffoldedAndItsPlaceholdersAreReportedUntilFilledIn(@TempDir Path dir)
            throws IOException {
        TestProject project = TestProject.copyOfReal(dir);
        assertEquals(0, project.run("new", "quote", "agreed to that").exitCode());
        Path file = project.content().resolve("quotes/agreed-to-that.md");
        assertTrue(Files.readString(file).contains("quote: \"agreed to that\""), Files.readString(file));
        TestProject.Run unfilled = project.run("check");
        assertEquals(ExitCodes.PROBLEMS, unfilled.exitCode());
        assertTrue(unfilled.err().contains("attribution names an unknown article 'SOURCE-ID'"), unfilled.err());
        Files.writeString(file, Files.readString(file).replace("SOURCE-ID", "huffpost-uk")
                .replace("PERSON-ID", "donald-trump"));
        TestProject.Run filled = project.run("check");
        assertEquals(0, filled.exitCode(), filled.err());
    }

    @Test
    void anExistingAnnotationIsNeverOverwritten(@TempDir Path dir) throws IOException {
        TestProject project = TestProject.copyOfReal(dir);
        Path real = project.content().resolve("people/volodymyr-zelenskyy.md");
        String before = Files.readString(real);

        TestProject.Run run = project.run("new", "person", "Volodymyr Zelenskyy");

        assertEquals(ExitCodes.PROBLEMS, run.exitCode());
        assertTrue(run.err().contains("volodymyr-zelenskyy.md: error: already exists"), run.err());
        assertEquals(before, Files.readString(real));
    }

    @Test
    void anUnknownKindOrAMissingNameIsAUsageError(@TempDir Path dir) throws IOException {
        TestProject project = TestProject.copyOfReal(dir);
        Map<String, TestProject.Run> runs = Map.of(
                "kind", project.run("new", "poem", "x"), "name", project.run("new", "person"),
                "id", project.run("new", "person", "!!!"));
        runs.forEach((what, run) -> assertEquals(ExitCodes.USAGE, run.exitCode(), what + ": " + run.err()));
        assertTrue(runs.get("kind").err().contains("'new' knows: story, person, source, comparison, timeline, quote"));
    }

    private static TestProject.Run run(String... args) {
        var out = new java.io.ByteArrayOutputStream();
        var err = new java.io.ByteArrayOutputStream();
        int code = new Cli(new java.io.PrintStream(out, true), new java.io.PrintStream(err, true)).run(args);
        return new TestProject.Run(code, out.toString(), err.toString());
    }
}
