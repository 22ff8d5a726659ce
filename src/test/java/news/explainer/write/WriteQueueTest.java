package news.explainer.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The writer thread of a one-off build, held in the middle of a write: its first file is a named pipe, which the
 * write opens and then waits on until the test reads from it.
 */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class WriteQueueTest {
    @TempDir
    Path root;
    private Path pipe;

    @BeforeEach
    void makePipe() throws IOException, InterruptedException {
        pipe = root.resolve("held.html");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).inheritIO().start();
        } catch (IOException e) {
            mkfifo = null;
        }
        assumeTrue(mkfifo != null && mkfifo.waitFor() == 0, "needs mkfifo");
    }

    @Test
    void abandoningSkipsTheFilesStillWaitingAndReturnsOnlyOnceTheWriteUnderWayHasEnded() throws Exception {
        WriteQueue queue = new WriteQueue(root, 1 << 20);
        queue.add(OutputFile.text("held.html", "held"));
        IntStream.range(0, 50).forEach(i -> queue.add(OutputFile.text("later/" + i + ".html", "later")));
        awaitWriterHeld(); // abandoned any sooner, the held file would be skipped too, and nothing would open the pipe
        Thread abandoning = new Thread(queue::abandon);
        abandoning.start();
        awaitWaiting(abandoning, "abandon() returned while a file was still being written");
        assertEquals("held", readPipe());
        abandoning.join();
        assertFalse(Files.exists(root.resolve("later")), "a file queued before abandon() was written");
        assertThrows(IllegalStateException.class, () -> queue.add(OutputFile.text("late.html", "late")));
    }

    @Test
    void aThreadHandingOverMoreBytesThanThereIsRoomForWaitsForTheWriter() throws Exception {
        WriteQueue queue = new WriteQueue(root, 10);
        queue.add(OutputFile.text("held.html", "held")); // 4 of the 10 bytes, held in the pipe
        Thread handing = new Thread(() -> queue.add(OutputFile.text("next.html", "0123456789")));
        handing.start();
        awaitWaiting(handing, "a file was taken with only 6 bytes of room left");
        assertEquals("held", readPipe());
        handing.join();
        queue.finish();
        assertEquals("0123456789", Files.readString(root.resolve("next.html")));
    }

    /** Fails unless {@code thread} comes to wait (for the writer) while the pipe holds it. */
    private static void awaitWaiting(Thread thread, String otherwise) throws InterruptedException {
        for (int i = 0; i < 500; i++) {
            Thread.State state = thread.getState();
            if (state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING) {
                return;
            }
            if (state == Thread.State.TERMINATED) {
                fail(otherwise);
            }
            Thread.sleep(10);
        }
        fail("the thread neither waited nor ended");
    }

    /** Waits until the writer thread is in the middle of a write: the held one, waiting for the pipe's reader. */
    private static void awaitWriterHeld() throws InterruptedException {
        for (int i = 0; i < 500; i++) {
            for (Map.Entry<Thread, StackTraceElement[]> thread : Thread.getAllStackTraces().entrySet()) {
                if (thread.getKey().getName().equals("site-writer") && Arrays.stream(thread.getValue()).anyMatch(
                        frame -> frame.getClassName().equals(WriteQueue.class.getName())
                                && frame.getMethodName().equals("write"))) {
                    return;
                }
            }
            Thread.sleep(10);
        }
        fail("the writer thread never started the held write");
    }

    /**
     * Reads what the held write puts into the pipe, which lets the write end. Opening a pipe to read waits, out of
     * reach of an interrupt, until something opens it to write: if the write never comes, the pipe is opened to
     * write here, so that no thread is left waiting, and the test fails.
     */
    private String readPipe() throws Exception {
        CompletableFuture<String> read = CompletableFuture.supplyAsync(() -> {
            // Not readAllBytes: on Java 17 it asks a file for its size and position, which a pipe has not.
            try (InputStream in = new FileInputStream(pipe.toFile())) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                in.transferTo(bytes);
                return bytes.toString(StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        try {
            return read.get(5, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            releasePipe();
            return fail("the held write never came");
        }
    }

    /**
     * Opens the pipe both ways and closes it: a write waiting for a reader, or a read waiting for a writer, goes on
     * (an open for both never waits, on Linux). After each test, so that a failed one leaves no thread held.
     */
    @AfterEach
    void releasePipe() throws IOException {
        if (Files.exists(pipe)) {
            new RandomAccessFile(pipe.toFile(), "rw").close();
        }
    }
}
