package news.explainer.load;

import java.util.Arrays;

/** Where each line of a text starts, so that any character offset becomes a line and a column. */
public final class LineIndex {
    private final String text;
    private final int[] starts;

    /**
     * Each line break found with {@code indexOf}, which runs over the string's own bytes: {@code charAt} at every
     * character checks its index and, in a text with a curly quote, is a call of its own.
     */
    public LineIndex(String text) {
        this.text = text;
        int[] found = new int[16];
        int count = 0;
        found[count++] = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            if (count == found.length) {
                found = Arrays.copyOf(found, count * 2);
            }
            found[count++] = i + 1;
        }
        this.starts = Arrays.copyOf(found, count);
    }

    /** The 1-based line holding the character at {@code offset}. */
    public int lineOf(int offset) {
        int at = Arrays.binarySearch(starts, offset);
        return at >= 0 ? at + 1 : -at - 1;
    }

    /** The 1-based column of {@code offset} within its line. */
    public int columnOf(int offset) {
        return offset - starts[lineOf(offset) - 1] + 1;
    }

    public int lineCount() {
        return starts.length;
    }

    /** The text of a 1-based line, without its line ending. */
    public String lineText(int line) {
        if (line < 1 || line > starts.length) {
            return "";
        }
        int end = line < starts.length ? starts[line] - 1 : text.length();
        if (end > starts[line - 1] && text.charAt(end - 1) == '\r') {
            end--;
        }
        return text.substring(starts[line - 1], Math.max(starts[line - 1], end));
    }
}
