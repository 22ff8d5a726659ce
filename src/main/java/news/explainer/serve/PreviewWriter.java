package news.explainer.serve;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import news.explainer.write.OutputFile;
import news.explainer.write.SiteWriter;

/**
 * Brings the output folder from the last build's files to the next build's by writing only the files whose bytes
 * changed, each through a temporary file and a rename (the server never sends half a page), and deleting the files
 * the new build no longer has. The first write, and any write that fails half-way, replaces the whole folder with
 * {@link SiteWriter} instead, which also refuses a folder this generator did not make. Touches nothing outside
 * the output folder: every path is an {@link OutputFile}'s, which cannot leave it.
 */
final class PreviewWriter {
    private static final String TEMPORARY = ".preview-";

    private final Path site;
    private Map<String, byte[]> written = Map.of();
    private boolean whole = true;

    PreviewWriter(Path site) {
        this.site = site.toAbsolutePath().normalize();
    }

    /** Writes the new build; returns how many files were written or deleted. */
    int write(List<OutputFile> files) throws IOException {
        Map<String, byte[]> next = new HashMap<>();
        files.forEach(file -> next.put(file.path(), file.bytes()));
        if (whole) {
            new SiteWriter().write(site, files);
            written = next;
            whole = false;
            return files.size();
        }
        try {
            int changed = update(files, next);
            written = next;
            return changed;
        } catch (IOException | RuntimeException e) {
            whole = true; // the folder is now part old, part new: the next write starts from scratch
            throw e;
        }
    }

    private int update(List<OutputFile> files, Map<String, byte[]> next) throws IOException {
        int changed = 0;
        for (OutputFile file : files) {
            byte[] before = written.get(file.path());
            if (before != file.bytes() && !Arrays.equals(before, file.bytes())) {
                replace(file);
                changed++;
            }
        }
        for (String gone : written.keySet()) {
            if (!next.containsKey(gone)) {
                delete(gone);
                changed++;
            }
        }
        return changed;
    }

    private void replace(OutputFile file) throws IOException {
        Path target = site.resolve(file.path());
        Files.createDirectories(target.getParent());
        Path temporary = target.resolveSibling(TEMPORARY + target.getFileName());
        Files.write(temporary, file.bytes());
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Deletes a file the new build no longer has, and the folders that leaves empty (a full build has none). */
    private void delete(String path) throws IOException {
        Path file = site.resolve(path);
        Files.deleteIfExists(file);
        for (Path dir = file.getParent(); !dir.equals(site) && isEmpty(dir); dir = dir.getParent()) {
            Files.delete(dir);
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (var entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }
}
