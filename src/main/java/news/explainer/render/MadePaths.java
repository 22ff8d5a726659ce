package news.explainer.render;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The paths of the files a build makes, each with what it is, for refusing an asset (a file under {@code
 * templates/assets/}, copied as it is) that would take one: the asset would replace the file, or be replaced by it,
 * depending on which was written last. Folders count too: an asset called {@code data} cannot be where {@code
 * data/explainer.json} needs a folder.
 */
final class MadePaths {
    /** Each file's path, and what it is as a message says it ("a page"). */
    private final Map<String, String> files = new HashMap<>();
    /** Each folder that holds a made file, and what the first such file is. */
    private final Map<String, String> folders = new HashMap<>();

    void add(String path, String what) {
        files.put(path, what);
        for (int slash = path.lastIndexOf('/'); slash > 0; slash = path.lastIndexOf('/', slash - 1)) {
            if (folders.putIfAbsent(path.substring(0, slash), what) != null) {
                break; // the folders above it are there too
            }
        }
    }

    /** Why an asset at {@code path} cannot be copied, if it cannot. */
    Optional<String> clash(String path) {
        String what = files.get(path);
        if (what != null) {
            return Optional.of("the build makes " + what + " at " + path);
        }
        what = folders.get(path);
        if (what != null) {
            return Optional.of("the build needs a folder at " + path + ", for " + what);
        }
        for (int slash = path.lastIndexOf('/'); slash > 0; slash = path.lastIndexOf('/', slash - 1)) {
            String folder = path.substring(0, slash);
            what = files.get(folder);
            if (what != null) {
                return Optional.of("the build makes " + what + " at " + folder + ", where this asset needs a folder");
            }
        }
        return Optional.empty();
    }
}
