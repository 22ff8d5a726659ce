package news.explainer.reuse;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which files changed since the last build, as the watcher saw them: a set of paths, or unknown (the first build,
 * a rebuild asked for by hand, or watch events lost). A file not in a known set is taken as unchanged and is not
 * read again; when the set is unknown, every file is read.
 */
public final class Changes {
    private static final Changes UNKNOWN = new Changes(Optional.empty());

    private final Optional<Set<Path>> paths;

    private Changes(Optional<Set<Path>> paths) {
        this.paths = paths;
    }

    /** Anything may have changed: read every file. */
    public static Changes unknown() {
        return UNKNOWN;
    }

    /** Only these files changed (created, modified or deleted); relative paths are taken from the working folder. */
    public static Changes of(Set<Path> paths) {
        return new Changes(Optional.of(paths.stream().map(Changes::normal).collect(Collectors.toUnmodifiableSet())));
    }

    public boolean known() {
        return paths.isPresent();
    }

    /** True when {@code file} is known not to have changed since the last build. */
    public boolean unchanged(Path file) {
        return paths.isPresent() && !paths.get().contains(normal(file));
    }

    private static Path normal(Path file) {
        return file.toAbsolutePath().normalize();
    }

    @Override
    public String toString() {
        return paths.map(p -> p.size() + " changed files").orElse("changes unknown");
    }
}
