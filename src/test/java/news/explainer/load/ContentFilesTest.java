package news.explainer.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import news.explainer.problem.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The files-per-folder limit: a folder one file over it is refused whole, unread, with one message. Shown with a
 * limit of 10 instead of {@link ContentFiles#MAX_FILES} (20,000), so the test makes 11 files instead of 20,001; a
 * folder of 100,000 files is refused the same way, since the listing stops one file past the limit.
 */
class ContentFilesTest {

    @Test
    void aFolderOneFileOverTheLimitIsRefusedWhole(@TempDir Path dir) throws IOException {
        for (int i = 0; i < 11; i++) {
            Files.writeString(dir.resolve("person-" + i + ".md"), "---\nname: P" + i + "\n---\n");
        }
        Problems problems = new Problems();
        assertEquals(List.of(), ContentFiles.list(dir, ".md", "content/people", 10, problems));
        assertEquals("content/people: error: too many files: more than 10 *.md files in one folder; none of them was"
                + " read\n    = a story needs tens of files: check that this is the right folder",
                problems.sorted().get(0).format());
    }

    @Test
    void aFolderAtTheLimitIsReadInNameOrder(@TempDir Path dir) throws IOException {
        for (int i = 9; i >= 0; i--) {
            Files.writeString(dir.resolve("person-" + i + ".md"), "");
        }
        Files.writeString(dir.resolve(".hidden.md"), "");
        Files.writeString(dir.resolve("notes.txt"), "");
        Problems problems = new Problems();
        List<Path> files = ContentFiles.list(dir, ".md", "content/people", 10, problems);
        assertEquals(10, files.size());
        assertEquals("person-0.md", files.get(0).getFileName().toString());
        assertEquals(List.of(), problems.sorted());
    }
}
