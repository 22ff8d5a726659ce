package news.explainer.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The real generator as a user runs it, in its own JVM: {@code java -cp <this test's class path> news.explainer.Main
 * build}. Only a separate process can be killed with SIGKILL halfway through a write.
 *
 * <p>When a build starts writing is seen from outside, whatever the writer's method: the output's parent folder,
 * the site folder or the writer's staging folder is modified (created, emptied, renamed, written into).
 */
final class BuildProcess {
    private BuildProcess() {}

    /** How long an unkilled build took, and when, from its start, it first touched the output (polled every ms). */
    record Timing(long totalMillis, long writeStartMillis) {
        long writeMillis() {
            return Math.max(1, totalMillis - writeStartMillis);
        }
    }

    static Timing timed(Path content, Path templates, Path site) throws IOException, InterruptedException {
        Path log = Files.createTempFile("build", ".log");
        FileTime since = FileTime.from(Instant.now());
        long start = System.nanoTime();
        Process process = start(content, templates, site, ProcessBuilder.Redirect.to(log.toFile()));
        long first = -1;
        while (process.isAlive()) {
            if (first < 0 && touchedSince(site, since)) {
                first = millisSince(start);
            }
            Thread.sleep(1);
        }
        long total = millisSince(start);
        assertEquals(0, process.exitValue(), () -> "the unkilled build failed: " + read(log));
        Files.delete(log);
        return new Timing(total, first < 0 ? total : first);
    }

    /** Starts a build, kills it with SIGKILL after delay ms; true when it had already finished (successfully). */
    static boolean killAfter(Path content, Path templates, Path site, long delay)
            throws IOException, InterruptedException {
        return killAfter(start(content, templates, site, ProcessBuilder.Redirect.DISCARD), delay);
    }

    /** Starts a build and kills it delay ms after it first touches the output; true when it finished before. */
    static boolean killWhenWriting(Path content, Path templates, Path site, long delay)
            throws IOException, InterruptedException {
        FileTime since = FileTime.from(Instant.now());
        Process process = start(content, templates, site, ProcessBuilder.Redirect.DISCARD);
        while (process.isAlive() && !touchedSince(site, since)) {
            Thread.sleep(1);
        }
        return killAfter(process, delay);
    }

    /** Whether the output's parent, the site or the writer's staging folder was modified at or after since. */
    static boolean touchedSince(Path site, FileTime since) {
        Path staging = site.resolveSibling("." + site.getFileName() + ".staging");
        for (Path dir : List.of(site.getParent(), site, staging)) {
            try {
                if (Files.getLastModifiedTime(dir).compareTo(since) >= 0) {
                    return true;
                }
            } catch (IOException e) {
                // not there (yet, or any more)
            }
        }
        return false;
    }

    private static boolean killAfter(Process process, long delay) throws InterruptedException {
        boolean finished = process.waitFor(delay, TimeUnit.MILLISECONDS);
        if (finished) {
            assertEquals(0, process.exitValue(), "a build that finished before its kill must succeed");
            return true;
        }
        process.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no finally block runs
        process.waitFor();
        return false;
    }

    private static Process start(Path content, Path templates, Path site, ProcessBuilder.Redirect output)
            throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // C1 only and the serial collector: how a short-lived command starts fastest, so more kills fit the budget.
        List<String> command = List.of(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), "news.explainer.Main",
                "build", "--content", content.toString(), "--templates", templates.toString(), "--out",
                site.toString());
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output)
                .directory(new File(".")).start();
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static String read(Path log) {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }
}
