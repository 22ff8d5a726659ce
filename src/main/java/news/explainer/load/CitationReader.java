package news.explainer.load;

import java.util.List;
import news.explainer.model.Citation;
import news.explainer.problem.SourceRef;

/** Turns cited passages as written in front matter into citations that remember where each passage was written. */
final class CitationReader {
    private CitationReader() {}

    /**
     * @param after the citation before this one in the same file, if any: this one is looked for below it, so that
     *     two answers naming the same article point at their own lines
     */
    static Citation citation(Annotated<?> doc, String article, List<String> passages, Citation after) {
        int from = after == null ? 0 : after.articleRef().line() + 1;
        List<String> cited = passages == null ? List.of() : passages.stream().filter(p -> p != null).toList();
        SourceRef articleRef = article == null ? doc.locate("article:", from) : doc.locate(article, from);
        List<SourceRef> where = cited.stream().map(p -> doc.locate(probe(p), articleRef.line())).toList();
        return new Citation(article == null ? "" : article.strip(), cited, where, articleRef);
    }

    /** A short start of the passage that is likely to appear as written on its YAML line. */
    private static String probe(String passage) {
        String start = passage.strip();
        int cut = Math.min(start.length(), 24);
        while (cut > 8 && !Character.isLetterOrDigit(start.charAt(cut - 1))) {
            cut--;
        }
        String probe = start.substring(0, cut);
        // A passage that opens with a quote mark may be written with a straight or an escaped quote.
        return probe.replaceFirst("^[\"“”'‘’]+", "");
    }
}
