package news.explainer.problem;

/**
 * One thing wrong with the input, said so that an editor can act on it.
 *
 * @param where the file and line it concerns
 * @param excerpt the offending source line, shown under the message with a caret; empty when none
 * @param hint what to do about it ("did you mean …", the nearest passage); empty when none
 */
public record Problem(Severity severity, SourceRef where, String message, String excerpt, String hint) {
    /** Longer lines are shown as a window around the column: a 4 MB line must not flood the terminal. */
    static final int MAX_EXCERPT = 120;

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The one-line form, {@code path:line:col: error: message}. */
    public String headline() {
        return where + ": " + severity.label() + ": " + message;
    }

    /** The headline, then the offending line with a caret under the column, then the hint. */
    public String format() {
        StringBuilder out = new StringBuilder(headline());
        if (!excerpt.isEmpty()) {
            String line = excerpt.stripTrailing();
            int caret = Math.max(1, where.column());
            if (line.length() > MAX_EXCERPT) {
                int from = Math.max(0, Math.min(caret - 1 - MAX_EXCERPT / 2, line.length() - MAX_EXCERPT));
                int to = from + MAX_EXCERPT;
                line = (from > 0 ? "…" : "") + line.substring(from, to) + (to < line.length() ? "…" : "");
                caret = Math.min(caret - from + (from > 0 ? 1 : 0), line.length() + 1);
            }
            out.append("\n    ").append(line);
            out.append("\n    ").append(" ".repeat(caret - 1)).append('^');
        }
        if (!hint.isEmpty()) {
            out.append("\n    = ").append(hint);
        }
        return out.toString();
    }
}
