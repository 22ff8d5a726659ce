package news.explainer.problem;

/**
 * One thing wrong with the input, said so that an editor can act on it.
 *
 * @param where the file and line it concerns
 * @param excerpt the offending source line, shown under the message with a caret; empty when none
 * @param hint what to do about it ("did you mean …", the nearest passage); empty when none
 */
public record Problem(Severity severity, SourceRef where, String message, String excerpt, String hint) {

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
            out.append("\n    ").append(excerpt.stripTrailing());
            int caret = Math.max(1, where.column());
            out.append("\n    ").append(" ".repeat(caret - 1)).append('^');
        }
        if (!hint.isEmpty()) {
            out.append("\n    = ").append(hint);
        }
        return out.toString();
    }
}
