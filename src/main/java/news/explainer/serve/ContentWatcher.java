package news.explainer.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import news.explainer.concurrent.DaemonThreads;
import news.explainer.reuse.Changes;

/**
 * Watches folders and everything under them, and runs a task once per batch of changes, telling it which files
 * changed. {@link WatchService} is not recursive, so every folder is registered, including folders created later.
 * A batch ends after a quiet period with no change (an editor saving ten files, or a git checkout, causes one
 * rebuild), or after a longer cap, so that a file written without pause still gets a rebuild. Changes made during
 * the task start the next batch, and the task can ask whether one has come in before it shows its result: a file
 * still being written when its batch ended gives another event, so a result read from it is not shown (unless that
 * event reaches the watcher only after the task asked; it then starts the next batch all the same). When events
 * were lost, or a folder appeared (its files may have been written before it was watched), the task is told that
 * anything may have changed.
 */
public final class ContentWatcher implements AutoCloseable {
    /** The longest a batch may grow before the task runs anyway. */
    private static final Duration MAX_BATCH = Duration.ofSeconds(2);

    private final WatchService service;
    private final Duration quiet;
    private final Task task;
    private final Thread thread;
    /** Changes that came in while the task ran, once it asked: the next batch, already begun. Watcher thread only. */
    private Batch next;
    /** When the first of the batches that followed each other that way began. Watcher thread only. */
    private long chainStarted;

    /** What runs once per batch. */
    @FunctionalInterface
    public interface Task {
        /**
         * @param superseded says, when asked, whether a change the build may read has come in since the batch ended:
         *     then the task's result is already out of date and another batch follows
         */
        void run(Changes changes, BooleanSupplier superseded);
    }

    private ContentWatcher(List<Path> roots, Duration quiet, Task task) throws IOException {
        this.service = FileSystems.getDefault().newWatchService();
        this.quiet = quiet;
        this.task = task;
        for (Path root : roots) {
            if (Files.isDirectory(root)) {
                registerTree(root);
            }
        }
        this.thread = DaemonThreads.thread("content-watcher", this::loop);
    }

    /** Watches the folders that exist among {@code roots} and runs {@code task} after each batch of changes. */
    public static ContentWatcher start(List<Path> roots, Duration quiet, Task task) throws IOException {
        ContentWatcher watcher = new ContentWatcher(roots, quiet, task);
        watcher.thread.start();
        return watcher;
    }

    private void loop() {
        try {
            while (true) {
                Batch batch = next;
                next = null;
                if (batch == null) {
                    WatchKey first = service.take();
                    batch = new Batch();
                    chainStarted = batch.started;
                    handle(first, batch);
                }
                WatchKey more;
                long left;
                while ((left = quietLeft(batch.started)) > 0
                        && (more = service.poll(left, TimeUnit.NANOSECONDS)) != null) {
                    handle(more, batch);
                }
                if (batch.relevant) {
                    task.run(batch.changes(), this::changedSince);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: the preview is stopping
        }
    }

    /**
     * Whether a change the build may read has come in since the batch ended. The events waiting are taken into the
     * next batch (the task runs on this thread, so nothing else takes them meanwhile). Once {@link #MAX_BATCH} has
     * gone by since the first of batches each overtaken by the next (builds included), the answer is no: a file
     * written without pause still gets a result shown, at least every {@link #MAX_BATCH}. An event that the watch
     * service has not yet handed over when asked is not seen; it starts the next batch all the same.
     */
    private boolean changedSince() {
        try {
            WatchKey more;
            while ((more = service.poll()) != null) {
                if (next == null) {
                    next = new Batch();
                }
                handle(more, next);
            }
            if (next == null || !next.relevant) {
                return false;
            }
            if (System.nanoTime() - chainStarted < MAX_BATCH.toNanos()) {
                return true;
            }
            chainStarted = next.started; // this result is shown: the next batch begins a chain of its own
            return false;
        } catch (ClosedWatchServiceException e) {
            return true; // the preview is stopping: nothing more to show
        }
    }

    /** The quiet period, cut short when the batch has already gone on for {@link #MAX_BATCH}. */
    private long quietLeft(long batchStarted) {
        long capLeft = MAX_BATCH.toNanos() - (System.nanoTime() - batchStarted);
        return Math.max(0, Math.min(quiet.toNanos(), capLeft));
    }

    /** What one batch saw: the paths changed, whether one concerns a file the build may read, and whether all is known. */
    private static final class Batch {
        private final long started = System.nanoTime();
        private final Set<Path> paths = new HashSet<>();
        private boolean relevant;
        private boolean everything;
        /** Whether a file the build may list was created or deleted (an editor's scratch file is never listed). */
        private boolean createdOrDeleted;

        Changes changes() {
            return everything ? Changes.unknown() : createdOrDeleted ? Changes.of(paths) : Changes.modified(paths);
        }
    }

    /** Registers new folders, and adds the key's events to the batch. */
    private void handle(WatchKey key, Batch batch) {
        Path dir = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW) {
                batch.relevant = true; // events were lost: rebuild to be sure, reading everything
                batch.everything = true;
                continue;
            }
            Path changed = dir.resolve((Path) event.context());
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(changed)) {
                registerQuietly(changed);
                batch.everything = true; // files written into it before it was watched gave no event
            }
            batch.paths.add(changed);
            boolean scratch = isScratch(changed.getFileName().toString());
            batch.relevant |= !scratch;
            batch.createdOrDeleted |= !scratch && event.kind() != ENTRY_MODIFY;
        }
        key.reset();
    }

    /** Editors' swap and backup files ({@code .x.swp}, {@code x~}) and hidden files; the build never reads them. */
    private static boolean isScratch(String name) {
        return name.startsWith(".") || name.endsWith("~");
    }

    private void registerQuietly(Path dir) {
        try {
            registerTree(dir);
        } catch (IOException | UncheckedIOException e) {
            // gone again already (a temporary folder): nothing to watch
        }
    }

    private void registerTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path dir : walk.filter(Files::isDirectory).toList()) {
                dir.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE);
            }
        }
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            // closing anyway
        }
        thread.interrupt();
    }
}

