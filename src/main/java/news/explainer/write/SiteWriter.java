package news.explainer.write;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;

/**
 * Replaces the site folder with a complete new tree, or leaves it untouched. Files are written into a sibling
 * staging folder (same file system, so the renames are atomic) as the build makes them, then the old site is moved
 * aside and the new one moved in. A crash at any point leaves either the previous site or the new one in place, plus
 * leftovers that the next run removes; except between the two renames (microseconds: Java has no atomic exchange of
 * two folders), where the complete previous site is left set aside, and the next run puts it back before it builds
 * ({@link #stage}), even when its own content then fails to build.
 */
public final class SiteWriter {
    /** The marker that says a folder was made by this generator and may be replaced. */
    public static final String MARKER = ".generated";
    /**
     * How many bytes a build may have made and not yet written: a small part of the heap that a big story needs (a
     * gibibyte at 10,000 articles), and enough for the render threads not to wait for the disk.
     */
    private static final int WAITING_BYTES = 16 << 20;

    private final int maxWaitingBytes;

    public SiteWriter() {
        this(WAITING_BYTES);
    }

    /** With room for only {@code maxWaitingBytes} made and not yet written: for tests. */
    SiteWriter(int maxWaitingBytes) {
        this.maxWaitingBytes = maxWaitingBytes;
    }

    /** Writes {@code files} as the new site. */
    public void write(Path siteDir, List<OutputFile> files) throws IOException {
        try (Staging staging = stage(siteDir)) {
            files.forEach(staging::put);
            staging.publish();
        }
    }

    /**
     * Starts a new site in an empty staging folder beside {@code siteDir}, after putting back a site a killed run
     * set aside and clearing what a killed run left. Refuses a folder this generator did not make before anything
     * is built, rather than after.
     */
    public Staging stage(Path siteDir) throws IOException {
        Path site = siteDir.toAbsolutePath().normalize();
        refuseForeignFolder(site);
        Staging staging = new Staging(site, maxWaitingBytes);
        try {
            recoverFromCrash(site, staging.previous);
        } catch (IOException e) {
            throw new IOException("cannot restore the site a killed build set aside: " + e.getMessage(), e);
        }
        deleteRecursively(staging.root);
        try {
            Files.createDirectories(staging.root);
        } catch (IOException e) { // some of the folders on the way may have been made: they go again
            try {
                staging.close();
            } catch (IOException notRemoved) {
                e.addSuppressed(notRemoved);
            }
            throw e;
        }
        return staging;
    }

    /**
     * A new site being written file by file into its staging folder, the files handed over from every core and
     * written by one thread ({@link WriteQueue}); published whole by {@link #publish}, or deleted by {@link #close}
     * if it was not (a build that found errors, or failed).
     */
    public static final class Staging implements FileSink, AutoCloseable {
        private final Path site;
        private final Path root;
        private final Path previous;
        /**
         * The nearest folder above the staging folder that was there before it: the ones between, made for an
         * {@code --out} in a new place, go again with an unpublished staging.
         */
        private final Path existing;
        private final WriteQueue queue;
        private boolean published;

        private Staging(Path site, int maxWaitingBytes) {
            this.site = site;
            this.root = sibling(site, ".staging");
            this.previous = sibling(site, ".previous");
            Path folder = root.getParent();
            while (folder != null && !Files.isDirectory(folder)) {
                folder = folder.getParent();
            }
            this.existing = folder;
            this.queue = new WriteQueue(root, maxWaitingBytes);
        }

        /**
         * Hands one file over to be written, on a thread of its own, and returns. A failure does not stop the build
         * that calls this from its render threads: it is kept, and {@link #publish} throws it.
         */
        @Override
        public void put(OutputFile file) {
            queue.add(file);
        }

        /** Swaps the staged site in for the old one: its marker is written last, so only a whole site has one. */
        public void publish() throws IOException {
            queue.finish();
            Files.write(root.resolve(MARKER), new byte[0]);
            if (Files.exists(site)) {
                move(site, previous);
            }
            move(root, site);
            published = true;
            deleteRecursively(previous);
        }

        /**
         * Deletes the staging folder unless it was published, and the folders made for it that are still empty:
         * a failed build leaves nothing behind.
         */
        @Override
        public void close() throws IOException {
            if (published) {
                return;
            }
            queue.abandon();
            deleteRecursively(root);
            for (Path folder = root.getParent(); folder != null && !folder.equals(existing)
                    && isEmpty(folder); folder = folder.getParent()) {
                Files.delete(folder);
            }
        }
    }

    /** A mistyped {@code --out} must never wipe someone's files: only a folder we made is replaced. */
    private static void refuseForeignFolder(Path site) throws IOException {
        if (Files.isDirectory(site) && !Files.exists(site.resolve(MARKER)) && !isEmpty(site)) {
            throw new IOException(site + " exists and was not made by this generator (no " + MARKER
                    + " file); refusing to replace it. Remove it or choose another --out folder");
        }
        if (Files.exists(site) && !Files.isDirectory(site)) {
            throw new IOException(site + " is a file, not a folder");
        }
    }

    /** A run killed between its two renames leaves no site but a complete previous one: put it back. */
    private static void recoverFromCrash(Path site, Path previous) throws IOException {
        restoreSetAside(site, previous);
        deleteRecursively(previous);
    }

    /** Only a complete site (its marker is written last) is put back; anything else is a leftover to delete. */
    private static void restoreSetAside(Path site, Path previous) throws IOException {
        if (!Files.exists(site) && Files.exists(previous.resolve(MARKER))) {
            move(previous, site);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static Path sibling(Path site, String suffix) {
        return site.resolveSibling("." + site.getFileName() + suffix);
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (var entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        // The marker goes first: a deletion killed half-way must not leave a folder that passes for a complete site.
        Files.deleteIfExists(dir.resolve(MARKER));
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
