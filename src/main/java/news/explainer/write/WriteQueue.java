package news.explainer.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import news.explainer.concurrent.DaemonThreads;

/**
 * Writes files under one folder, one after another, on a thread of its own, while the threads that hand them over
 * go on rendering. One thread, because the kernel lets one thread at a time create a file in a folder: with two
 * render threads writing 20,000 files into {@code sources/}, the one that waited spun on a core the build needed
 * (a fifth of a 10,000-article build's CPU samples, on a disk with many files deleted in the minutes before).
 *
 * <p>The first write that fails is kept, and the files after it are skipped: {@link #finish} reports it.
 */
final class WriteQueue {
    private final Path root;
    private final int maxWaitingBytes;
    /** Bytes handed over and not yet written: a thread handing over more waits, rather than fill the heap. */
    private final Semaphore waitingBytes;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(DaemonThreads.named("site-writer"));
    /** Folders made so far, by the writer thread alone: each is made once, before its first file. */
    private final Set<Path> folders = new HashSet<>();
    /** The first write that failed: an IOException, or an Error such as running out of memory, thrown as it is. */
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private volatile boolean abandoned;
    private volatile boolean closed;

    /**
     * @param maxWaitingBytes how many bytes may wait to be written; a bigger file waits until nothing else does
     */
    WriteQueue(Path root, int maxWaitingBytes) {
        this.root = root;
        this.maxWaitingBytes = maxWaitingBytes;
        this.waitingBytes = new Semaphore(maxWaitingBytes);
    }

    /** Queues {@code file} to be written at its path under the root; waits while too many bytes are queued. */
    void add(OutputFile file) {
        if (closed) {
            throw new IllegalStateException("the site is finished or abandoned; " + file.path() + " comes too late");
        }
        if (failure.get() != null) {
            return;
        }
        int size = Math.min(file.bytes().length, maxWaitingBytes);
        waitingBytes.acquireUninterruptibly(size);
        thread.execute(() -> {
            try {
                if (failure.get() == null && !abandoned) {
                    write(file);
                }
            } finally {
                waitingBytes.release(size);
            }
        });
    }

    /** Waits until every file queued is written; throws the first write that failed. */
    void finish() throws IOException {
        awaitWriter();
        Throwable failed = failure.get();
        if (failed instanceof Error error) {
            throw error;
        }
        if (failed != null) {
            throw (IOException) failed;
        }
    }

    /** Skips the files still queued and waits for the one being written: nothing is written after this returns. */
    void abandon() {
        abandoned = true;
        awaitWriter();
    }

    /**
     * Writes one file. Whatever goes wrong is kept for {@link #finish}: thrown on this thread, it would end up on
     * the console, and the site would be published without the file.
     */
    private void write(OutputFile file) {
        try {
            Path target = root.resolve(file.path());
            if (folders.add(target.getParent())) {
                Files.createDirectories(target.getParent());
            }
            Files.write(target, file.bytes());
        } catch (IOException | Error e) {
            failure.compareAndSet(null, e);
        } catch (RuntimeException e) {
            failure.compareAndSet(null, new IOException("cannot write " + file.path() + ": " + e, e));
        }
    }

    private void awaitWriter() {
        closed = true;
        thread.shutdown();
        boolean interrupted = false;
        while (true) {
            try {
                if (thread.awaitTermination(1, TimeUnit.DAYS)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
