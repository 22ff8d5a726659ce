package news.explainer.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import news.explainer.reuse.Changes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The watcher batches: an editor saving ten files at once gets one rebuild, not ten, and the rebuild is told which
 * files changed, or that anything may have when a folder appeared. A rebuild can ask whether a save came in while it
 * was made, which then starts the next batch.
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
        try (ContentWatcher watcher = watch(dir.resolve("content"), (changes, superseded) -> runs.add(changes))) {
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
        try (ContentWatcher watcher = watch(dir.resolve("content"), (changes, superseded) -> runs.add(changes))) {
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
        try (ContentWatcher watcher = watch(content, (changes, superseded) -> runs.add(changes))) {
            Thread.sleep(200);
            Path quotes = Files.createDirectories(content.resolve("quotes"));
            Files.writeString(quotes.resolve("q.md"), "written at once", StandardCharsets.UTF_8);
            awaitRuns(runs);
            assertFalse(runs.get(0).known(), "the files of a new folder may have been written before it was watched");
        }
    }

    @Test
    void aFileSavedWhileTheTaskRunsSupersedesItsResultAndIsTheNextBatch(@TempDir Path dir) throws Exception {
        Path articles = Files.createDirectories(dir.resolve("content/articles"));
        Path first = Files.writeString(articles.resolve("first.txt"), "first words", StandardCharsets.UTF_8);
        Path second = Files.writeString(articles.resolve("second.txt"), "first words", StandardCharsets.UTF_8);
        List<Changes> runs = new CopyOnWriteArrayList<>();
        List<Boolean> superseded = new CopyOnWriteArrayList<>();
        try (ContentWatcher watcher = watch(dir.resolve("content"), (changes, changedSince) -> {
            runs.add(changes);
            if (runs.size() == 1) { // another save while the first rebuild is being made
                write(second, "saved during the build");
                superseded.add(becomesTrue(changedSince));
            } else {
                superseded.add(changedSince.getAsBoolean());
            }
        })) {
            Thread.sleep(200);
            Files.writeString(first, "second words", StandardCharsets.UTF_8);
            awaitRuns(runs);
            assertEquals(List.of(true, false), superseded, "the first run superseded, the second not");
            assertEquals(2, runs.size(), runs.toString());
            assertFalse(runs.get(0).unchanged(first), runs.get(0).toString());
            assertFalse(runs.get(1).unchanged(second), "the save made during the first run: " + runs.get(1));
            assertTrue(runs.get(1).unchanged(first), "read by the first run, and not saved since: " + runs.get(1));
        }
    }

    @Test
    void anEditorsScratchFileSavedWhileTheTaskRunsSupersedesNothing(@TempDir Path dir) throws Exception {
        Path articles = Files.createDirectories(dir.resolve("content/articles"));
        Path saved = Files.writeString(articles.resolve("saved.txt"), "first words", StandardCharsets.UTF_8);
        List<Boolean> superseded = new CopyOnWriteArrayList<>();
        try (ContentWatcher watcher = watch(dir.resolve("content"), (changes, changedSince) -> {
            write(articles.resolve(".saved.txt.swp"), "an editor's swap file");
            sleep(5 * QUIET.toMillis()); // time enough for its event to arrive
            superseded.add(changedSince.getAsBoolean());
        })) {
            Thread.sleep(200);
            Files.writeString(saved, "second words", StandardCharsets.UTF_8);
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (superseded.isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            Thread.sleep(5 * QUIET.toMillis());
            assertEquals(List.of(false), superseded, "a file the build never reads changes nothing it read");
        }
    }

    @Test
    void aFileWrittenWithoutPauseStillGetsAResultShown(@TempDir Path dir) throws Exception {
        Path articles = Files.createDirectories(dir.resolve("content/articles"));
        Path log = Files.writeString(articles.resolve("growing.txt"), "", StandardCharsets.UTF_8);
        List<Boolean> overtaken = new CopyOnWriteArrayList<>();
        List<Boolean> shownWhileWriting = new CopyOnWriteArrayList<>();
        AtomicBoolean writing = new AtomicBoolean(true);
        try (ContentWatcher watcher = watch(dir.resolve("content"), (changes, changedSince) -> {
            sleep(5 * QUIET.toMillis() / 2); // a build long enough for the next write to come in
            boolean superseded = changedSince.getAsBoolean();
            overtaken.add(superseded);
            if (!superseded && writing.get()) {
                shownWhileWriting.add(true);
            }
        })) {
            Thread.sleep(200);
            // Writes further apart than the quiet period, so each batch ends, but closer than a build takes.
            long until = System.nanoTime() + 4_000_000_000L; // twice the longest a batch may grow
            while (System.nanoTime() < until) {
                Files.writeString(log, "more\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
                Thread.sleep(3 * QUIET.toMillis() / 2);
            }
            writing.set(false);
            assertTrue(overtaken.contains(true), "runs overtaken while the file was being written: " + overtaken);
            assertFalse(shownWhileWriting.isEmpty(), "yet one shown while the writing went on: " + overtaken);
        }
    }

    private static ContentWatcher watch(Path folder, ContentWatcher.Task task) throws IOException {
        return ContentWatcher.start(List.of(folder), QUIET, task);
    }

    /** Asks until the answer is yes, for up to five seconds: the watch service delivers events on its own thread. */
    static boolean becomesTrue(BooleanSupplier changedSince) {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (changedSince.getAsBoolean()) {
                return true;
            }
            sleep(10);
        }
        return false;
    }

    static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
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
