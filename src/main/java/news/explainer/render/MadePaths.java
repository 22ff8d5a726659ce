package news.explainer.render;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import news.explainer.model.Article;

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
    /**
     * The articles whose originals the build makes: recognised by their path, not listed, so that a preview rebuild
     * of thousands of articles does not spell out every original's path and description to check two or three assets.
     */
    private List<Article> originals = List.of();

    void add(String path, String what) {
        files.put(path, what);
        addFoldersOf(path, what);
    }

    private void addFoldersOf(String path, String what) {
        for (int slash = path.lastIndexOf('/'); slash > 0; slash = path.lastIndexOf('/', slash - 1)) {
            if (folders.putIfAbsent(path.substring(0, slash), what) != null) {
                break; // the folders above it are there too
            }
        }
    }

    /** Each article's file as saved, at {@link OutputPath#original}. */
    void addOriginals(List<Article> articles) {
        originals = articles;
        if (!articles.isEmpty()) {
            Article first = articles.get(0);
            addFoldersOf(OutputPath.original(first.id()), original(first)); // every original is in its folder
        }
    }

    /** Why an asset at {@code path} cannot be copied, if it cannot. */
    Optional<String> clash(String path) {
        Optional<String> what = fileAt(path);
        if (what.isPresent()) {
            return Optional.of("the build makes " + what.get() + " at " + path);
        }
        String folderFor = folders.get(path);
        if (folderFor != null) {
            return Optional.of("the build needs a folder at " + path + ", for " + folderFor);
        }
        for (int slash = path.lastIndexOf('/'); slash > 0; slash = path.lastIndexOf('/', slash - 1)) {
            String folder = path.substring(0, slash);
            what = fileAt(folder);
            if (what.isPresent()) {
                return Optional.of("the build makes " + what.get() + " at " + folder
                        + ", where this asset needs a folder");
            }
        }
        return Optional.empty();
    }

    private Optional<String> fileAt(String path) {
        String what = files.get(path);
        if (what != null) {
            return Optional.of(what);
        }
        return OutputPath.originalOf(path).flatMap(id -> originals.stream().filter(a -> a.id().equals(id)).findFirst())
                .map(MadePaths::original);
    }

    private static String original(Article article) {
        return "article " + article.id() + "'s file as saved";
    }
}
