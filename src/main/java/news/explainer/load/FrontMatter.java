package news.explainer.load;

import java.util.Optional;
import news.explainer.problem.Problems;
import news.explainer.problem.SourceRef;

/**
 * An annotation file split in two: the YAML between the {@code ---} lines, and the Markdown body after them.
 *
 * @param yaml the front matter, without its fences; a character that YAML reads as a line break but a text editor
 *     may not ({@code \r} alone, U+0085, U+2028, U+2029) is read as a space, so that YAML's line numbers are the
 *     file's
 * @param yamlFirstLine the file line on which {@code yaml} starts, so YAML positions become file positions
 * @param body the Markdown after the closing fence
 * @param bodyFirstLine the file line on which {@code body} starts
 */
public record FrontMatter(String yaml, int yamlFirstLine, String body, int bodyFirstLine) {

    /** Splits a file, or reports why it cannot be split and returns empty. */
    public static Optional<FrontMatter> split(SourceText source, Problems problems) {
        LineIndex lines = source.lines();
        if (!isFence(lines.lineText(1))) {
            problems.add(new news.explainer.problem.Problem(news.explainer.problem.Severity.ERROR,
                    new SourceRef(source.path(), 1, 1), "front matter missing: the file must start with a line '---'",
                    lines.lineText(1), "put the YAML fields between two lines of '---', then the Markdown text"));
            return Optional.empty();
        }
        for (int line = 2; line <= lines.lineCount(); line++) {
            if (isFence(lines.lineText(line)) || lines.lineText(line).strip().equals("...")) {
                String yaml = join(lines, 2, line - 1);
                return Optional.of(new FrontMatter(
                        yamlLine(yaml), 2, join(lines, line + 1, lines.lineCount()), line + 1));
            }
        }
        problems.error(SourceRef.at(source.path(), 1), "front matter not closed: no second '---' line");
        return Optional.empty();
    }

    /**
     * The file line and column of the first YAML line holding {@code key:}, or empty. Jackson places some errors
     * after the offending token; editors want the key itself.
     */
    public Optional<int[]> locateKey(String key) {
        String[] lines = yaml.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String trimmed = lines[i].stripLeading();
            if (trimmed.startsWith("- ")) {
                trimmed = trimmed.substring(2).stripLeading();
            }
            if (trimmed.startsWith(key + ":")) {
                return Optional.of(new int[] {yamlFirstLine + i, lines[i].indexOf(key) + 1});
            }
        }
        return Optional.empty();
    }

    /**
     * A file line as the YAML reader is given it. Left in, a lone {@code \r} ends a line for YAML and not for
     * {@link LineIndex}, and every position after it would point at the wrong line.
     */
    public static String yamlLine(String line) {
        return line.replace('\r', ' ').replace('\u0085', ' ').replace('\u2028', ' ').replace('\u2029', ' ');
    }

    private static boolean isFence(String line) {
        return line.stripTrailing().equals("---");
    }

    private static String join(LineIndex lines, int from, int to) {
        StringBuilder out = new StringBuilder();
        for (int line = from; line <= to; line++) {
            out.append(lines.lineText(line)).append('\n');
        }
        return out.toString();
    }
}
