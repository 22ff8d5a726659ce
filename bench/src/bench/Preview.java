package bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.explainer.SiteBuild;
import news.explainer.write.SiteWriter;

/**
 * The preview measure: from saving one changed article to its new page being there, p50 and p95 over a number of
 * edits, in a JVM that stays up as a preview server's would. Each edit changes the one word every synthetic
 * article keeps for this ({@link Article#EDIT_WORD}), so the build stays free of errors.
 *
 * <p>The first save comes {@code PAUSE_MS} (5,000 by default, the longest the preview warms up) after the preview has started, as when an editor
 * opens the page and then edits: {@code PAUSE_MS=0} measures saves made at once, before the preview has warmed up.
 *
 * <p>Usage: {@code Preview CONTENT TEMPLATES OUT EDITS [MODE]}, MODE one of:
 * <ul>
 *   <li>{@code serve} (what {@code bench/run} uses): starts the real preview in this JVM, as {@code serve} does
 *       (server, watcher, incremental rebuild), saves the file, and does what an editor's open page does: waits
 *       for the preview's reload event, then asks for the page, until the page shows the edit. The whole path an
 *       editor waits for;</li>
 *   <li>{@code serve-poll}: the same, but asking for the page every 2 ms until it shows the edit, without the
 *       reload event: the requests compete with the rebuild for the two cores, so this is slower than what an
 *       editor sees (kept to compare with the figures measured this way before);</li>
 *   <li>an address ({@code http://127.0.0.1:8080/}): the reload-event measure against a preview started
 *       separately;</li>
 *   <li>{@code incremental}: the incremental rebuild called directly after each save, no watcher, no server;</li>
 *   <li>{@code full} (the default): a full build and write in this JVM after each save.</li>
 * </ul>
 */
public final class Preview {
    /** What happens between saving a file and the new page being available. */
    interface Target {
        void afterSave(Set<Path> changed, String page, String marker) throws Exception;
    }

    public static void main(String[] args) throws Exception {
        Path content = Path.of(args[0]);
        Path templates = Path.of(args[1]);
        Path out = Path.of(args[2]);
        int edits = Integer.parseInt(args[3]);
        String mode = args.length > 4 ? args[4] : "full";
        news.explainer.serve.Preview preview = null;
        Target target;
        if (mode.startsWith("serve")) {
            preview = news.explainer.serve.Preview.start(
                    new news.explainer.serve.IncrementalRebuild(content, templates, out, Path.of("")), out,
                    List.of(content, templates), 0, System.getenv("PREVIEW_LOG") != null ? System.err
                            : new java.io.PrintStream(java.io.OutputStream.nullOutputStream()),
                    System.err);
            target = mode.equals("serve-poll") ? new Polled(preview.address().toString())
                    : new Reloaded(preview.address().toString());
        } else if (mode.startsWith("http")) {
            target = new Reloaded(mode);
        } else {
            InProcess inProcess = new InProcess(content, templates, out, mode.equals("incremental"));
            inProcess.build(news.explainer.reuse.Changes.unknown()); // the first, full build, as the server does
            target = inProcess;
        }
        // An editor opens the page before saving anything: the preview warms its rebuild up meanwhile.
        long pause = Long.parseLong(System.getenv().getOrDefault("PAUSE_MS", "5000"));
        Thread.sleep(pause);
        List<Double> millis = new ArrayList<>();
        java.util.Map<Path, String> originals = new java.util.LinkedHashMap<>();
        for (int e = 1; e <= edits; e++) {
            Path file = articleFile(content, e);
            String marker = Article.EDIT_WORD + "-edit" + e;
            String page = "sources/" + articleId(content, file) + ".html";
            String text = Files.readString(file, StandardCharsets.UTF_8);
            originals.putIfAbsent(file, text);
            String edited = text.replaceFirst(Article.EDIT_WORD + "(-edit\\d+)?", marker);
            long started = System.nanoTime();
            Files.writeString(file, edited, StandardCharsets.UTF_8);
            target.afterSave(Set.of(file), page, marker);
            millis.add((System.nanoTime() - started) / 1e6);
        }
        if (preview != null) {
            preview.close();
        }
        for (var original : originals.entrySet()) { // the corpus as generated, for the next run
            Files.writeString(original.getKey(), original.getValue(), StandardCharsets.UTF_8);
        }
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        System.out.printf(Locale.ROOT, "{\"edits\": %d, \"p50Ms\": %.1f, \"p95Ms\": %.1f, \"mode\": \"%s\","
                + " \"firstSaveAfterMs\": %d}%n", edits, percentile(sorted, 50), percentile(sorted, 95),
                mode.startsWith("http") ? "served" : mode, pause);
    }

    /** Spread the edits over the corpus: article files in name order, a different one each time. */
    private static Path articleFile(Path content, int edit) throws IOException {
        try (var files = Files.list(content.resolve("articles"))) {
            List<Path> all = files.sorted().toList();
            return all.get((int) ((edit * 7919L) % all.size()));
        }
    }

    private static final Pattern ID = Pattern.compile("(?m)^---\\nfile: (\\S+)");

    /** The source id whose annotation names this file (the synthetic corpus has one per article). */
    private static String articleId(Path content, Path file) throws IOException {
        String name = file.getFileName().toString();
        try (var notes = Files.list(content.resolve("sources"))) {
            for (Path note : notes.sorted().toList()) {
                Matcher m = ID.matcher(Files.readString(note));
                if (m.find() && m.group(1).equals(name)) {
                    String n = note.getFileName().toString();
                    return n.substring(0, n.length() - ".md".length());
                }
            }
        }
        throw new IllegalStateException("no annotation names " + name);
    }

    static double percentile(List<Double> sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    /** A rebuild in this JVM (full, or incremental), then a check that the page on disk shows the edit. */
    static final class InProcess implements Target {
        private final Path content;
        private final Path templates;
        private final Path out;
        private final news.explainer.serve.Rebuilder incremental;

        InProcess(Path content, Path templates, Path out, boolean incremental) {
            this.content = content;
            this.templates = templates;
            this.out = out;
            this.incremental = incremental
                    ? new news.explainer.serve.IncrementalRebuild(content, templates, out, Path.of("")) : null;
        }

        /** Builds; the incremental rebuild is told which files changed, as the watcher tells it. */
        void build(news.explainer.reuse.Changes changes) throws IOException {
            if (incremental != null) {
                var outcome = incremental.rebuild(changes);
                if (!outcome.succeeded()) {
                    throw new IllegalStateException(outcome.errors() + " errors in " + content);
                }
                return;
            }
            SiteBuild.Result result = new SiteBuild(content, templates, Path.of("")).run();
            if (result.problems().hasErrors()) {
                throw new IllegalStateException(result.problems().errorCount() + " errors in " + content);
            }
            new SiteWriter().write(out, result.files());
        }

        /**
         * An edit rewrites an existing file: the watcher reports it as modified only, and the rebuild then keeps its
         * listings of the folders. (Told that files may have been created or deleted, as until 2026-11-24, it listed
         * every folder again after each save, which no save in the preview does: 15% of the loading's samples.)
         */
        @Override
        public void afterSave(Set<Path> changed, String page, String marker) throws IOException {
            build(news.explainer.reuse.Changes.modified(changed));
            if (!Files.readString(out.resolve(page)).contains(marker)) {
                throw new IllegalStateException(page + " does not show the edit " + marker);
            }
        }
    }

    /**
     * A preview server, as an open page sees it: the page's script listens on the server's event stream and loads
     * the page again at each reload event; the edit is there when a page loaded after a reload shows it.
     */
    static final class Reloaded implements Target {
        private final HttpClient client = HttpClient.newHttpClient();
        private final String base;
        private final java.util.concurrent.BlockingQueue<String> events =
                new java.util.concurrent.LinkedBlockingQueue<>();

        Reloaded(String base) throws Exception {
            this.base = base.endsWith("/") ? base : base + "/";
            var stream = client.send(HttpRequest.newBuilder(URI.create(this.base + "__livereload")).build(),
                    HttpResponse.BodyHandlers.ofLines());
            Thread listener = new Thread(() -> stream.body().filter(line -> line.startsWith("event: "))
                    .forEach(events::add), "reload-events");
            listener.setDaemon(true);
            listener.start();
        }

        @Override
        public void afterSave(Set<Path> changed, String page, String marker) throws Exception {
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + page)).build();
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (System.nanoTime() < deadline) {
                String event = events.poll(60, java.util.concurrent.TimeUnit.SECONDS);
                if (!"event: reload".equals(event)) {
                    continue;
                }
                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains(marker)) {
                    return;
                }
            }
            throw new IllegalStateException(page + " did not show the edit " + marker + " within a minute");
        }
    }

    /** A preview server: poll the page until it shows the edit. */
    static final class Polled implements Target {
        private final HttpClient client = HttpClient.newHttpClient();
        private final String base;

        Polled(String base) {
            this.base = base.endsWith("/") ? base : base + "/";
        }

        @Override
        public void afterSave(Set<Path> changed, String page, String marker) throws Exception {
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + page)).build();
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (System.nanoTime() < deadline) {
                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains(marker)) {
                    return;
                }
                Thread.sleep(2);
            }
            throw new IllegalStateException(page + " did not show the edit " + marker + " within a minute");
        }
    }
}
