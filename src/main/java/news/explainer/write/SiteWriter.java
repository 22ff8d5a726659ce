package news.explainer.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Replaces the site folder with a complete new tree, or leaves it untouched. Files are written into a sibling
 * staging folder (same file system, so the renames are atomic), then the old site is moved aside and the new one
 * moved in. A crash at any point leaves either the previous site or the new one in place, plus leftovers that the
 * next run removes; except between the two renames (microseconds: Java has no atomic exchange of two folders), where
 * the complete previous site is left set aside, and the next run, {@link #recover} first, puts it back.
 */
public final class SiteWriter {
    /** The marker that says a folder was made by this generator and may be replaced. */
    public static final String MARKER = ".generated";

    public void write(Path siteDir, List<OutputFile> files) throws IOException {
        Path site = siteDir.toAbsolutePath().normalize();
        refuseForeignFolder(site);
        Path staging = sibling(site, ".staging");
        Path previous = sibling(site, ".previous");
        recoverFromCrash(site, previous);
        deleteRecursively(staging);
        writeAll(staging, files);
        if (Files.exists(site)) {
            move(site, previous);
        }
        move(staging, site);
        deleteRecursively(previous);
    }

    /**
     * Puts back a site that a run killed between its two renames left set aside. The build command calls this before
     * anything else, so the next run restores the site even when its own content fails to build.
     */
    public void recover(Path siteDir) throws IOException {
        Path site = siteDir.toAbsolutePath().normalize();
        restoreSetAside(site, sibling(site, ".previous"));
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

    /**
     * Makes the folders first, once each, then writes the files on every core: a site of 10,000 pages spends more
     * time in system calls than in anything else here.
     */
    private static void writeAll(Path root, List<OutputFile> files) throws IOException {
        Files.createDirectories(root);
        Set<Path> folders = new TreeSet<>();
        files.forEach(file -> folders.add(root.resolve(file.path()).getParent()));
        for (Path folder : folders) {
            Files.createDirectories(folder);
        }
        try {
            files.parallelStream().forEach(file -> {
                try {
                    Files.write(root.resolve(file.path()), file.bytes());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        Files.write(root.resolve(MARKER), new byte[0]);
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
