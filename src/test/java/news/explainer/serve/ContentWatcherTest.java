package news.explainer.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The watcher batches: an editor saving ten files at once gets one rebuild, not ten. */
class ContentWatcherTest {

    @Test
    void tenFilesSavedAtOnceRunTheTaskOnce(@TempDir Path dir) throws Exception {
        Path articles = Files.createDirectories(dir.resolve("content/articles"));
        AtomicInteger runs = new AtomicInteger();
        try (ContentWatcher watcher = ContentWatcher.start(List.of(dir.resolve("content")), Preview.QUIET,
                runs::incrementAndGet)) {
            Thread.sleep(200); // let the watch service settle
            for (int i = 0; i < 10; i++) {
                Files.writeString(articles.resolve("a" + i + ".txt"), "article " + i, StandardCharsets.UTF_8);
            }
            long deadline = System.nanoTime() + 5_000_000_000L;
            while (runs.get() == 0 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            Thread.sleep(10 * Preview.QUIET.toMillis()); // long enough for a second batch to show
            assertEquals(1, runs.get(), "rebuilds for ten files saved at once");
        }
    }
}
