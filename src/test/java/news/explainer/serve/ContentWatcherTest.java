package news.explainer.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import news.explainer.reuse.Changes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The watcher batches: an editor saving ten files at once gets one rebuild, not ten, and the rebuild is told which
 * files changed, or that anything may have when a folder appeared.
 */
class ContentWatcherTest {
    /**
     * Longer than the preview's own quiet period: what is tested is the batching, and a loaded test machine may
     * pause the thread writing the ten files for longer than the preview waits.
     */
    private static final Duration QUIET = Duration.ofMillis(200);

    @Test
    void tenFilesSavedAtOnceRunTheTaskOnceNamingThem(@TempDir Path dir) throws Exception {
        Path articles = Files.createDirectories(dir.resolve("content/articles"));
        Path untouched = Files.writeString(articles.resolve("untouched.txt"), "as it was", StandardCharsets.UTF_8);
        List<Changes> runs = new CopyOnWriteArrayList<>();
        try (ContentWatcher watcher = ContentWatcher.start(List.of(dir.resolve("content")), QUIET,
                runs::add)) {
            Thread.sleep(200); // let the watch service settle
            for (int i = 0; i < 10; i++) {
                Files.writeString(articles.resolve("a" + i + ".txt"), "article " + i, StandardCharsets.UTF_8);
            }
            awaitRuns(runs);
            assertEquals(1, runs.size(), "rebuilds for ten files saved at once");
            Changes changes = runs.get(0);
            assertTrue(changes.known(), changes.toString());
            for (int i = 0; i < 10; i++) {
                assertFalse(changes.unchanged(articles.resolve("a" + i + ".txt")), "a" + i + ".txt changed");
            }
            assertTrue(changes.unchanged(untouched), "a file nobody saved");
            assertFalse(changes.sameFiles(), "ten new files: the folder must be listed again");
        }
    }

    @Test
    void aFileSavedInPlaceLeavesTheFolderAsListed(@TempDir Path dir) throws Exception {
        Path articles = Files.createDirectories(dir.resolve("content/articles"));
        Path saved = Files.writeString(articles.resolve("saved.txt"), "first words", StandardCharsets.UTF_8);
        List<Changes> runs = new CopyOnWriteArrayList<>();
        try (ContentWatcher watcher = ContentWatcher.start(List.of(dir.resolve("content")), QUIET, runs::add)) {
            Thread.sleep(200);
            Files.writeString(saved, "second words", StandardCharsets.UTF_8);
            awaitRuns(runs);
            Changes changes = runs.get(0);
            assertFalse(changes.unchanged(saved), changes.toString());
            assertTrue(changes.sameFiles(), "no file created or deleted: " + changes);
        }
    }

    @Test
    void aNewFolderMeansAnythingMayHaveChanged(@TempDir Path dir) throws Exception {
        Path content = Files.createDirectories(dir.resolve("content"));
        List<Changes> runs = new CopyOnWriteArrayList<>();
        try (ContentWatcher watcher = ContentWatcher.start(List.of(content), QUIET, runs::add)) {
            Thread.sleep(200);
            Path quotes = Files.createDirectories(content.resolve("quotes"));
            Files.writeString(quotes.resolve("q.md"), "written at once", StandardCharsets.UTF_8);
            awaitRuns(runs);
            assertFalse(runs.get(0).known(), "the files of a new folder may have been written before it was watched");
        }
    }

    private static void awaitRuns(List<Changes> runs) throws InterruptedException {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (runs.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        Thread.sleep(5 * QUIET.toMillis()); // long enough for a second batch to show
    }
}
