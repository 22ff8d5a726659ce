package news.explainer.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import news.explainer.problem.Problems;
import news.explainer.reuse.Changes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The content folder's size limit in the preview, which keeps the sizes it walked and, after a save, looks again
 * only at the files saved: a file that grows past the limit is still caught, and one created is counted.
 */
class ContentSizeTest {
    private static final long LIMIT = 1 << 20; // 1 MB, shown as such in the message

    @TempDir
    Path content;

    @Test
    void aSavedFileThatTakesTheFolderOverTheLimitIsCaughtAndItsFixToo() throws IOException {
        Path articles = Files.createDirectories(content.resolve("articles"));
        Path first = Files.writeString(articles.resolve("a.txt"), "x".repeat(400_000));
        Files.writeString(articles.resolve("b.txt"), "x".repeat(400_000));
        LoadMemo memo = LoadMemo.keeping();

        assertEquals("", check(memo, Changes.unknown()), "the first build walks the folder");

        Files.writeString(first, "x".repeat(800_000));
        assertEquals("content: error: content folder too large: 1.1 MB in 2 files; at most 1 MB are read",
                check(memo, Changes.modified(Set.of(first))), "the saved file's new size is seen");

        Files.writeString(first, "x".repeat(100_000));
        assertEquals("", check(memo, Changes.modified(Set.of(first))), "and its fix");

        Path created = Files.writeString(articles.resolve("c.txt"), "x".repeat(600_000));
        assertEquals("content: error: content folder too large: 1.0 MB in 3 files; at most 1 MB are read",
                check(memo, Changes.of(Set.of(created))), "a created file is counted");
    }

    @Test
    void aOneOffBuildWalksTheFolderEveryTime() throws IOException {
        Path articles = Files.createDirectories(content.resolve("articles"));
        Path file = Files.writeString(articles.resolve("a.txt"), "x".repeat(100));
        LoadMemo off = LoadMemo.off();
        assertEquals("", check(off, Changes.unknown()));
        Files.writeString(file, "x".repeat(1_100_000));
        assertEquals("content: error: content folder too large: 1.0 MB in 1 files; at most 1 MB are read",
                check(off, Changes.modified(Set.of())), "a memo that keeps nothing ignores what it is told");
    }

    /** The problem the size check reported (its message only), or "" when the folder is within the limit. */
    private String check(LoadMemo memo, Changes changes) {
        memo.startBuild(changes);
        Problems problems = new Problems();
        boolean within = memo.withinLimit(content, "content", LIMIT, problems);
        memo.endBuild();
        assertEquals(within, problems.list().isEmpty());
        if (within) {
            return "";
        }
        assertFalse(problems.list().size() > 1);
        return problems.list().get(0).format().lines().findFirst().orElseThrow();
    }
}
