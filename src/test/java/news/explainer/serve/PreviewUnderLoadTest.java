package news.explainer.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import news.explainer.reuse.Changes;
import news.explainer.testing.TestProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bursts of concurrent requests while the site is rebuilt and swapped again and again: every page that exists
 * must be answered 200 every time (the moment of a swap is retried, never a 404 or a 500), a missing one 404.
 */
class PreviewUnderLoadTest {
    private static final List<String> PAGES = List.of("/", "/people/", "/sources/cnn.html", "/style.css",
            "/data/explainer.json", "/sources/cnn.txt", "/favicon.svg");
    private static final int BURST = 200;

    @Test
    void burstsOfRequestsDuringRebuildsAreAllAnswered(@TempDir Path dir) throws Exception {
        TestProject project = TestProject.copyOfReal(dir);
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream());
        Rebuilder rebuilder = new IncrementalRebuild(project.content(), project.templates(), project.site(), project.root);
        try (Preview preview = Preview.start(rebuilder, project.site(), List.of(), 0, quiet, quiet)) {
            AtomicBoolean loading = new AtomicBoolean(true);
            AtomicInteger rebuilds = new AtomicInteger();
            Thread rebuilding = new Thread(() -> {
                while (loading.get()) {
                    assertTrue(preview.rebuild(Changes.unknown(), false).succeeded());
                    rebuilds.incrementAndGet();
                }
            });
            rebuilding.start();
            Map<Integer, Integer> statuses = new TreeMap<>();
            int requests = 0;
            int duringSwaps = 0;
            for (int wave = 0; wave < 50 && duringSwaps < 2 * BURST; wave++) {
                int before = rebuilds.get();
                for (HttpResponse<String> response : burst(preview.address())) {
                    String path = response.uri().getRawPath();
                    statuses.merge(response.statusCode(), 1, Integer::sum);
                    assertEquals(path.equals("/missing.html") ? 404 : 200, response.statusCode(), path);
                }
                requests += BURST;
                duringSwaps += rebuilds.get() > before ? BURST : 0;
                System.out.printf("preview: %d concurrent requests while %d rebuilds swapped the site in%n", BURST,
                        rebuilds.get() - before);
            }
            loading.set(false);
            rebuilding.join();
            System.out.printf("preview: %d requests in all (%d in bursts that overlapped a swap), statuses %s, %d"
                    + " rebuilds%n", requests, duringSwaps, statuses, rebuilds.get());
            assertTrue(duringSwaps >= 2 * BURST, "too few bursts overlapped a rebuild: " + duringSwaps);
        }
    }

    private static List<HttpResponse<String>> burst(URI base) {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        List<CompletableFuture<HttpResponse<String>>> pending = new ArrayList<>();
        for (int i = 0; i < BURST; i++) {
            String path = i % 10 == 9 ? "/missing.html" : PAGES.get(i % PAGES.size());
            pending.add(client.sendAsync(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                    .build(), HttpResponse.BodyHandlers.ofString()));
        }
        return pending.stream().map(CompletableFuture::join).toList();
    }
}
