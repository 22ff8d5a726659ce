package news.explainer.load;

import java.util.List;
import news.explainer.model.Citation;

/** Turns cited passages as written in front matter into citations that remember where each passage was written. */
final class CitationReader {
    private CitationReader() {}

    static Citation citation(Annotated<?> doc, String article, List<String> passages) {
        List<String> cited = passages == null ? List.of() : passages.stream().filter(p -> p != null).toList();
        return new Citation(article == null ? "" : article.strip(), cited, i -> doc.locate(probe(cited.get(i))),
                () -> article == null ? doc.locate("article:") : doc.locate(article));
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
