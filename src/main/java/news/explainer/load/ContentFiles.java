package news.explainer.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import news.explainer.problem.Problem;
import news.explainer.problem.Problems;
import news.explainer.problem.Severity;
import news.explainer.problem.SourceRef;

/** Lists the files of one kind in a content folder, sorted by name so that every run sees the same order. */
final class ContentFiles {
    /**
     * More files of one kind than this in one folder is a mistake (an archive unpacked into the wrong place), not a
     * story: the folder is refused before any file is read, so memory stays bounded whatever the folder holds. A
     * story has tens of files; this leaves room for a thousand times that.
     */
    static final int MAX_FILES = 20_000;

    private ContentFiles() {}

    static List<Path> list(Path dir, String extension, String shown, Problems problems) {
        return list(dir, extension, shown, MAX_FILES, problems);
    }

    /** As above, with the limit given: a test makes a folder one file over a small limit instead of 20,001 files. */
    static List<Path> list(Path dir, String extension, String shown, int maxFiles, Problems problems) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> found = files.filter(f -> f.getFileName().toString().endsWith(extension))
                    .filter(f -> !f.getFileName().toString().startsWith("."))
                    .filter(Files::isRegularFile)
                    .limit(maxFiles + 1L)
                    .toList();
            if (found.size() > maxFiles) {
                problems.add(tooMany(shown, extension, maxFiles));
                return List.of();
            }
            return found.stream().sorted().filter(f -> usableName(f, shown, problems)).toList();
        } catch (IOException e) {
            problems.error(SourceRef.file(shown), "cannot list folder: " + e.getMessage());
            return List.of();
        }
    }

    /**
     * A file's name becomes an id and a page's name: a colon, a backslash or a control character could not be a
     * file name on every host's disk (or would mean a drive or a folder), so such a file is reported, not read.
     */
    private static boolean usableName(Path file, String shown, Problems problems) {
        String name = file.getFileName().toString();
        if (name.chars().noneMatch(c -> c == ':' || c == '\\' || Character.isISOControl(c))) {
            return true;
        }
        problems.add(new Problem(Severity.ERROR, SourceRef.file(shown + "/" + name.replaceAll("\\p{Cntrl}", "?")),
                "this file name cannot name a page: it holds a colon, a backslash or a control character", "",
                "rename it with letters, digits and hyphens, such as " + name.replaceAll("[^A-Za-z0-9._-]+", "-")));
        return false;
    }

    private static Problem tooMany(String shown, String extension, int maxFiles) {
        return new Problem(Severity.ERROR, SourceRef.file(shown), "too many files: more than " + maxFiles + " *"
                + extension + " files in one folder; none of them was read", "",
                "a story needs tens of files: check that this is the right folder");
    }
}
