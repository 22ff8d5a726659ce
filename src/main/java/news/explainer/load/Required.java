package news.explainer.load;

import news.explainer.problem.Problem;
import news.explainer.problem.Problems;
import news.explainer.problem.Severity;
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
            reportMissing(key);
            return "";
        }
        return value.strip();
    }

    boolean present(String key, Object value) {
        if (value == null) {
            reportMissing(key);
            return false;
        }
        return true;
    }

    private void reportMissing(String key) {
        SourceRef fence = new SourceRef(doc.source().path(), 1, 1);
        problems.add(new Problem(Severity.ERROR, fence, "missing required field '" + key + "'", doc.lineAt(fence),
                "add a line '" + key + ": …' between the two '---' lines"));
    }
}
