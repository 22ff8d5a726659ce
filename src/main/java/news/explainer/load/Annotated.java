package news.explainer.load;

import news.explainer.problem.SourceRef;

/**
 * An annotation file read: its typed front matter, its Markdown body, and where it came from.
 *
 * @param <T> the front-matter record of this kind of annotation
 */
public record Annotated<T>(T fields, String body, int bodyFirstLine, SourceText source, FrontMatter frontMatter) {

    /** The file stem: the id by which other annotations refer to this one. */
    public String id() {
        return source.stem();
    }

    /**
     * The position of the first line of the front matter that mentions {@code needle} (a key such as
     * {@code "published:"} or a value an editor typed), falling back to the opening fence. Jackson reports positions
     * for syntax errors; this gives positions to the checks made after parsing.
     */
    public SourceRef locate(String needle) {
        return locate(needle, frontMatter.yamlFirstLine());
    }

    /** The {@code n}-th (from 0) line of the front matter holding {@code needle}; the fence when there is none. */
    public SourceRef locateNth(String needle, int n) {
        return find(needle, frontMatter.yamlFirstLine(), n);
    }

    /** As {@link #locate(String)}, looking from file line {@code fromLine} on: the second answer is not the first. */
    public SourceRef locate(String needle, int fromLine) {
        return find(needle, fromLine, 0);
    }

    /** The {@code n}-th (from 0) front-matter line holding {@code needle} at or after file line {@code fromLine}. */
    private SourceRef find(String needle, int fromLine, int n) {
        String[] lines = frontMatter.yaml().split("\n", -1);
        int seen = 0;
        for (int i = Math.max(0, fromLine - frontMatter.yamlFirstLine()); i < lines.length; i++) {
            int column = lines[i].indexOf(needle);
            if (column >= 0 && seen++ == n) {
                return new SourceRef(source.path(), frontMatter.yamlFirstLine() + i, column + 1);
            }
        }
        return new SourceRef(source.path(), 1, 1);
    }

    /** The whole source line at a position, for the excerpt under a message. */
    public String lineAt(SourceRef ref) {
        return source.lines().lineText(ref.line());
    }
}
