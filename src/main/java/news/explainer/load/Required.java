package news.explainer.load;

import news.explainer.problem.Problems;
import news.explainer.problem.SourceRef;

/** Checks that required front-matter fields are there, reporting each missing one at the opening fence. */
final class Required {
    private final Annotated<?> doc;
    private final Problems problems;

    Required(Annotated<?> doc, Problems problems) {
        this.doc = doc;
        this.problems = problems;
    }

    /** The value, or "" after reporting that the field is missing or blank. */
    String text(String key, String value) {
        if (value == null || value.isBlank()) {
            problems.error(new SourceRef(doc.source().path(), 1, 1), "missing required field '" + key + "'");
            return "";
        }
        return value.strip();
    }

    boolean present(String key, Object value) {
        if (value == null) {
            problems.error(new SourceRef(doc.source().path(), 1, 1), "missing required field '" + key + "'");
            return false;
        }
        return true;
    }
}
