package news.explainer.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import news.explainer.testing.TestProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview end to end, on a copy of the real project: an editor changes a timeline entry and sees it served;
 * breaks its YAML and sees the problem page while the last good page stays reachable; fixes it and sees the page
 * come back. Latencies are printed, and only the 2-second promise of the issue is asserted.
 */
class PreviewEndToEndTest {
    private static final String ENTRY = "content/timeline/2026-01-29-trump-cabinet-claim.md";
    private static final String TITLE = "Trump says at a Cabinet meeting that Putin agreed";

    @Test
    void editsAreServedWithinTwoSecondsAndABrokenEditShowsTheProblemPageUntilItIsFixed(@TempDir Path dir)
            throws Exception {
        TestProject project = TestProject.copyOfReal(dir);
        ByteArrayOutputStream terminal = new ByteArrayOutputStream();
        PrintStream printed = new PrintStream(terminal, true, StandardCharsets.UTF_8);
        Rebuilder rebuilder = new IncrementalRebuild(project.content(), project.templates(), project.site(), project.root);
        try (Preview preview = Preview.start(rebuilder, project.site(),
                List.of(project.content(), project.templates()), 0, printed, printed)) {
            URI base = preview.address();
            HttpResponse<String> first = Http.get(base, "/");
            assertEquals(200, first.statusCode());
            assertTrue(first.body().contains(TITLE), "the timeline title is on the explainer");
            assertTrue(first.body().contains(LiveReload.SCRIPT_TAG), "served pages carry the reload script");
            assertOnDiskNothingMentionsTheReloadScript(project.site());

            CompletableFuture<Void> reloadEvent = firstReloadEvent(base);
            Path entry = project.root.resolve(ENTRY);
            String good = Files.readString(entry);
            Files.writeString(entry, good.replace(TITLE, "Edited in the preview: " + TITLE));
            long latency = waitFor(base, "/", r -> r.statusCode() == 200 && r.body().contains("Edited in the preview"));
            System.out.printf("preview: an edit to %s was served after %d ms%n", ENTRY, latency);
            assertTrue(latency < 2000, "served after " + latency + " ms");
            reloadEvent.get(5, TimeUnit.SECONDS);

            String broken = good.replace("background: false", "background: false: oops");
            Files.writeString(entry, broken);
            long shown = waitFor(base, "/", r -> r.statusCode() == 500);
            System.out.printf("preview: the problem page was served after %d ms%n", shown);
            String page = Http.get(base, "/people/").body();
            assertTrue(page.contains("<h1>Build failed</h1>"), page);
            assertTrue(page.contains(ENTRY.substring("content/".length()) + ":4:"), "file and line: " + page);
            assertTrue(page.contains("error: broken YAML"), "message: " + page);
            assertTrue(page.matches("(?s).*\n    background: false: oops\n +\\^.*"), "line and caret: " + page);
            assertTrue(page.contains("href=\"/people/?last-good\""), "links to the last good page: " + page);
            assertTrue(terminal.toString(StandardCharsets.UTF_8).contains("error: broken YAML"));
            assertTrue(terminal.toString(StandardCharsets.UTF_8).contains("rebuild failed in "));

            HttpResponse<String> lastGood = Http.get(base, "/?last-good");
            assertEquals(200, lastGood.statusCode());
            assertTrue(lastGood.body().contains("Edited in the preview"), "the last good page is still there");
            assertEquals(200, Http.get(base, "/style.css").statusCode(), "assets stay reachable");

            Files.writeString(entry, good.replace(TITLE, "Fixed: " + TITLE));
            long fixed = waitFor(base, "/", r -> r.statusCode() == 200 && r.body().contains("Fixed: "));
            System.out.printf("preview: the fixed page was served after %d ms%n", fixed);
            assertOnDiskNothingMentionsTheReloadScript(project.site());
        }
    }

    /** Polls until the page matches, and returns how long it took; fails after 10 s. */
    private static long waitFor(URI base, String path, Predicate<HttpResponse<String>> ready) throws Exception {
        long started = System.nanoTime();
        while (System.nanoTime() - started < TimeUnit.SECONDS.toNanos(10)) {
            if (ready.test(Http.get(base, path))) {
                return (System.nanoTime() - started) / 1_000_000;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("the page never changed: " + Http.get(base, path).body());
    }

    /** Completes when the event stream sends its first {@code reload}. */
    private static CompletableFuture<Void> firstReloadEvent(URI base) throws Exception {
        HttpResponse<Stream<String>> events = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(base.resolve(LiveReload.EVENTS)).build(), HttpResponse.BodyHandlers.ofLines());
        assertEquals("text/event-stream; charset=utf-8", events.headers().firstValue("Content-Type").orElse(""));
        return CompletableFuture.runAsync(() -> {
            try (Stream<String> lines = events.body()) {
                assertTrue(lines.anyMatch("event: reload"::equals));
            }
        });
    }

    private static void assertOnDiskNothingMentionsTheReloadScript(Path site) throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertFalse(new String(Files.readAllBytes(file), StandardCharsets.UTF_8).contains("__livereload"),
                        file.toString());
            }
        }
    }
}
