package news.explainer.reuse;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which files changed since the last build, as the watcher saw them: a set of paths, or unknown (the first build,
 * a rebuild asked for by hand, or watch events lost). A file not in a known set is taken as unchanged: what the
 * last build read from it is used again, if it kept that; when the set is unknown, every file is read. A known set
 * also says whether a file may have been created or deleted: when none was, the folders hold the same files as last
 * time and are not listed again.
 */
public final class Changes {
    private static final Changes UNKNOWN = new Changes(Optional.empty(), Set.of(), true);

    private final Optional<Set<Path>> paths;
    /** The names of the changed files: most files are told unchanged by their name alone, without a path's work. */
    private final Set<String> names;
    private final boolean createdOrDeleted;

    private Changes(Optional<Set<Path>> paths, Set<String> names, boolean createdOrDeleted) {
        this.paths = paths;
        this.names = names;
        this.createdOrDeleted = createdOrDeleted;
    }

    /** Anything may have changed: read every file. */
    public static Changes unknown() {
        return UNKNOWN;
    }

    /**
     * Only these files changed (created, modified or deleted); relative paths are taken from the working folder.
     */
    public static Changes of(Set<Path> paths) {
        return of(paths, true);
    }

    /** Only these files changed, all of them in place: none was created or deleted (a save, not a new file). */
    public static Changes modified(Set<Path> paths) {
        return of(paths, false);
    }

    private static Changes of(Set<Path> paths, boolean createdOrDeleted) {
        Set<Path> normal = paths.stream().map(Changes::normal).collect(Collectors.toUnmodifiableSet());
        return new Changes(Optional.of(normal), normal.stream().map(Changes::name)
                .collect(Collectors.toUnmodifiableSet()), createdOrDeleted);
    }

    public boolean known() {
        return paths.isPresent();
    }

    /** True when the folders are known to hold the same files as at the last build. */
    public boolean sameFiles() {
        return paths.isPresent() && !createdOrDeleted;
    }

    /** True when {@code file} is known not to have changed since the last build. */
    public boolean unchanged(Path file) {
        if (paths.isEmpty()) {
            return false;
        }
        String name = name(file);
        boolean plainName = !name.equals(".") && !name.equals("..");
        return plainName && !names.contains(name) || !paths.get().contains(normal(file));
    }

    private static String name(Path file) {
        Path name = file.getFileName();
        return name == null ? "" : name.toString();
    }

    private static Path normal(Path file) {
        return file.toAbsolutePath().normalize();
    }

    @Override
    public String toString() {
        return paths.map(p -> p.size() + " changed files" + (createdOrDeleted ? "" : ", none created or deleted"))
                .orElse("changes unknown");
    }
}
