package news.explainer.serve;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import news.explainer.reuse.Changes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview's warm-up gives way to the editor: a save that comes while it runs waits for the run under way, and
 * no other starts after it. (Found in review: the warm-up took the lock back before the waiting save could, and the
 * first save waited for all its runs, seconds on a big story.)
 */
class PreviewWarmUpTest {

    @Test
    void aSaveDuringTheWarmUpWaitsForOneRunAtMost(@TempDir Path dir) throws Exception {
        Path site = Files.createDirectories(dir.resolve("site"));
        Files.writeString(site.resolve("index.html"), "<!doctype html><title>t</title>");
        AtomicInteger started = new AtomicInteger();
        Rebuilder rebuilder = new Rebuilder() {
            @Override
            public Outcome rebuild(Changes changes) {
                return new Outcome(List.of(), 1, 0);
            }

            @Override
            public void warmUp() {
                started.incrementAndGet();
                long until = System.nanoTime() + 20_000_000L; // busy, as a rebuild is
                while (System.nanoTime() < until) {
                    Thread.onSpinWait();
                }
            }
        };
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        try (Preview preview = Preview.start(rebuilder, site, List.of(), 0, quiet, quiet)) {
            while (started.get() < 2) { // the warm-up is under way
                Thread.sleep(1);
            }
            int before = started.get();
            preview.rebuild(Changes.modified(Set.of()), false); // what the watcher calls after a save
            int during = started.get() - before;
            Thread.sleep(100);
            assertTrue(during <= 1, during + " warm-up runs started while the save waited");
            assertTrue(started.get() - before <= 1, "the warm-up stopped at the first save");
        }
    }
}
