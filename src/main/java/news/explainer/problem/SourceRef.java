package news.explainer.problem;

/**
 * A position in a content file, as editors and terminals read it: {@code path:line:col}.
 *
 * @param path project-relative path with forward slashes
 * @param line 1-based line, or 0 when the problem concerns the whole file
 * @param column 1-based column, or 0 when unknown
 */
public record SourceRef(String path, int line, int column) {

    public static SourceRef file(String path) {
        return new SourceRef(path, 0, 0);
    }

    public static SourceRef at(String path, int line) {
        return new SourceRef(path, line, 0);
    }

    @Override
    public String toString() {
        if (line <= 0) {
            return path;
        }
        return column <= 0 ? path + ":" + line : path + ":" + line + ":" + column;
    }
}
