package news.explainer.serve;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import news.explainer.concurrent.DaemonThreads;
import news.explainer.problem.Problem;
import news.explainer.problem.Severity;
import news.explainer.problem.SourceRef;
import news.explainer.reuse.Changes;

/**
 * A running preview: the server, the watcher, and the rebuild that joins them. Each batch of changes runs one
 * rebuild, prints one line (and the problems), switches the server between the site and its problem page, and
 * reloads the open pages.
 */
public final class Preview implements AutoCloseable {
    /**
     * How long the sources must stay still before a rebuild: saving many files at once rebuilds once. It is waited
     * after every single save, so it is short. An editor's save is one write, or a write and a rename, within a
     * millisecond (a truncate and a write give two events microseconds apart), and "save all" writes its files about
     * as fast. It is not what keeps a file still being written out of the pages: a write after the batch ended gives
     * another event, and a rebuild that sees it once made is not shown ({@link Rebuilder#rebuildUnlessSuperseded}).
     * A slower burst (a git checkout of many files) therefore costs a rebuild thrown away, or a second, cheap one;
     * a page made from half a file is shown only when the last write's event reaches the watcher after its rebuild
     * ended, and the next rebuild replaces it at once. Against 10 ms, saved 7 ms of the 1,000-article benchmark's
     * preview (six alternating runs each: 45.9 against 53.0 ms at the median).
     */
    public static final Duration QUIET = Duration.ofMillis(2);

    /**
     * At most this many warm-up runs after the first build ({@link Rebuilder#warmUp}), and for at most
     * {@link #WARM_UP_TIME}; on 10,000 articles, the time allows about ten. Runs that read an article saved
     * unchanged (until 2026-11-24): on 1,000 articles, the first 20 saves took 32.5 ms to rebuild at the median after
     * 60 (2.9 s of warming up), against 44.7 ms after 20, and 200 did no better. Runs that pretend a save changed an
     * article, as now, go on paying off: the benchmark's 1,000-article preview, p50 over the first 20 saves, eight
     * alternating runs each, 27.2 to 40.3 ms after 120 runs (4 to 5 s) against 29.9 to 57.0 ms after 60 (about 3 s),
     * lower in six.
     */
    static final int WARM_UPS = 120;
    static final Duration WARM_UP_TIME = Duration.ofSeconds(5);

    private final Rebuilder rebuilder;
    /** Set by the first rebuild the watcher asks for: the editor's saves warm the code up from then on. */
    private volatile boolean edited;
    private volatile boolean closed;
    private final PrintStream out;
    private final PrintStream err;
    private PreviewServer server;
    private ContentWatcher watcher;

    private Preview(Rebuilder rebuilder, PrintStream out, PrintStream err) {
        this.rebuilder = rebuilder;
        this.out = out;
        this.err = err;
    }

    /**
     * Serves {@code site} on 127.0.0.1 ({@code port}, or a free one when it is taken), builds once, and rebuilds
     * whenever something under {@code watched} changes.
     */
    public static Preview start(Rebuilder rebuilder, Path site, List<Path> watched, int port, PrintStream out,
            PrintStream err) throws IOException {
        Preview preview = new Preview(rebuilder, out, err);
        preview.server = PreviewServer.start(site, port);
        try {
            preview.watcher = ContentWatcher.start(watched, QUIET,
                    (changes, superseded) -> preview.rebuild(changes, false, superseded));
        } catch (IOException | RuntimeException e) {
            preview.server.close();
            throw e;
        }
        preview.rebuild(Changes.unknown(), true);
        preview.startWarmUp();
        return preview;
    }

    /**
     * Warms the rebuild up in the background while the editor has not saved anything yet. A save that comes during
     * a warm-up run waits for that run to end (tens of milliseconds at 1,000 articles), as it would for a rebuild;
     * no other run starts after it. A run under way when the preview closes is left to end on its own.
     */
    private void startWarmUp() {
        Thread warmUp = DaemonThreads.thread("preview-warm-up", () -> {
            long until = System.nanoTime() + WARM_UP_TIME.toNanos();
            for (int run = 0; run < WARM_UPS && System.nanoTime() < until; run++) {
                synchronized (this) {
                    if (edited || closed) {
                        return;
                    }
                    try {
                        rebuilder.warmUp();
                    } catch (RuntimeException e) {
                        return; // the real rebuilds will report it
                    }
                }
            }
        });
        warmUp.setPriority(Thread.MIN_PRIORITY);
        warmUp.start();
    }

    public URI address() {
        return server.address();
    }

    /** Rebuilds now, told which files changed: the first build, and what a save asks for. One rebuild at a time. */
    Rebuilder.Outcome rebuild(Changes changes, boolean first) {
        return rebuild(changes, first, () -> false).orElseThrow();
    }

    /**
     * The watcher's rebuild after a batch of saves: when a file changed again while it was made, nothing is shown
     * (the open pages are not reloaded onto it) and the watcher's next batch follows at once.
     */
    private Optional<Rebuilder.Outcome> rebuild(Changes changes, boolean first, BooleanSupplier superseded) {
        // Said before waiting for the lock: the warm-up, which takes the lock again as soon as it lets it go (Java's
        // locks are not fair), then stops after the run it is in, instead of keeping the save waiting to its end.
        if (!first) {
            edited = true;
        }
        synchronized (this) {
            return rebuildNow(changes, first, superseded);
        }
    }

    private Optional<Rebuilder.Outcome> rebuildNow(Changes changes, boolean first, BooleanSupplier superseded) {
        Optional<Rebuilder.Outcome> made;
        try {
            made = rebuilder.rebuildUnlessSuperseded(changes, superseded);
        } catch (RuntimeException e) {
            // a bug in a stage must not stop the preview: show it like any other problem
            made = Optional.of(new Rebuilder.Outcome(List.of(crash(e)), 0, 0));
        }
        made.ifPresent(outcome -> show(outcome, first));
        return made;
    }

    private void show(Rebuilder.Outcome outcome, boolean first) {
        report(first ? "built" : "rebuilt", first ? "build failed" : "rebuild failed", outcome);
        if (outcome.succeeded()) {
            server.showSite();
        } else {
            server.showProblems(outcome.problems().stream().filter(Problem::isError).toList());
        }
        server.reloadPages();
    }

    private void report(String done, String failed, Rebuilder.Outcome outcome) {
        outcome.problems().forEach(problem -> err.println(problem.format()));
        String counts = String.format(Locale.ROOT, " in %d ms: %d pages, %d errors, %d warnings",
                outcome.millis(), outcome.pages(), outcome.errors(), outcome.warnings());
        if (outcome.succeeded()) {
            out.println(done + counts);
        } else {
            err.println(failed + counts + "; serving the last good site, and the problems on its pages");
        }
    }

    private static Problem crash(RuntimeException e) {
        return new Problem(Severity.ERROR, SourceRef.file("(build)"),
                "the build crashed: " + e, "", "this is a bug in the generator; please report it");
    }

    @Override
    public void close() {
        closed = true;
        if (watcher != null) {
            watcher.close();
        }
        server.close();
    }
}
