package news.explainer.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import news.explainer.reuse.Changes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview asks its rebuild whether a save overtook it, and a rebuild overtaken so is neither reported nor shown:
 * only the rebuilds that were not are, each once.
 */
class PreviewSupersededTest {

    @Test
    void aRebuildOvertakenByASaveIsNeitherReportedNorShown(@TempDir Path dir) throws Exception {
        Path site = Files.createDirectories(dir.resolve("site"));
        Files.writeString(site.resolve("index.html"), "<!doctype html><title>t</title>");
        Path content = Files.createDirectories(dir.resolve("content"));
        AtomicInteger calls = new AtomicInteger();
        List<Boolean> overtaken = new CopyOnWriteArrayList<>();
        Rebuilder rebuilder = new Rebuilder() {
            @Override
            public Outcome rebuild(Changes changes) {
                return new Outcome(List.of(), 1, 0);
            }

            @Override
            public Optional<Outcome> rebuildUnlessSuperseded(Changes changes, BooleanSupplier superseded) {
                int call = calls.getAndIncrement();
                if (call == 1) { // the first save's rebuild: another save comes while it is made
                    ContentWatcherTest.write(content.resolve("b.txt"), "saved during the rebuild");
                    boolean answer = ContentWatcherTest.becomesTrue(superseded);
                    overtaken.add(answer);
                    return answer ? Optional.empty() : Optional.of(rebuild(changes));
                }
                if (call > 1) {
                    overtaken.add(superseded.getAsBoolean());
                }
                return Optional.of(rebuild(changes));
            }
        };
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        try (Preview preview = Preview.start(rebuilder, site, List.of(content), 0,
                new PrintStream(printed, true, StandardCharsets.UTF_8), quiet)) {
            Thread.sleep(200); // let the watch service settle
            Files.writeString(content.resolve("a.txt"), "saved", StandardCharsets.UTF_8);
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (overtaken.size() < 2 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            Thread.sleep(200); // a third rebuild, if the second save's events came apart, ends meanwhile
        }
        assertTrue(overtaken.size() >= 2 && overtaken.get(0), "the first rebuild overtaken: " + overtaken);
        long shown = overtaken.stream().filter(answer -> !answer).count();
        List<String> lines = printed.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(shown, lines.stream().filter(line -> line.startsWith("rebuilt")).count(),
                "one line per rebuild not overtaken, none for the other: " + lines);
    }
}
