package news.explainer.load;

import java.util.List;
import java.util.function.Supplier;
import news.explainer.model.Citation;
import news.explainer.problem.SourceRef;

/** Turns cited passages as written in front matter into citations that remember where each passage was written. */
final class CitationReader {
    private CitationReader() {}

    /** @param ordinal which citation of the file this is, counting from 0 */
    static Citation citation(Annotated<?> doc, String article, List<String> passages, int ordinal) {
        List<String> cited = passages == null ? List.of() : passages.stream().filter(p -> p != null).toList();
        // Positions are found only when a message needs one (see Citation); the n-th citation of a file is the one
        // under its n-th 'article:' key, so that two answers for one article each point at their own line.
        Supplier<SourceRef> articleAt = memoised(() -> {
            SourceRef key = doc.locateNth("article:", ordinal);
            return article == null ? key : doc.locate(article.strip(), key.line());
        });
        return new Citation(article == null ? "" : article.strip(), cited,
                i -> doc.locate(probe(cited.get(i)), articleAt.get().line()), articleAt);
    }

    private static <T> Supplier<T> memoised(Supplier<T> compute) {
        Object[] value = new Object[1];
        return () -> {
            synchronized (value) {
                if (value[0] == null) {
                    value[0] = compute.get();
                }
                @SuppressWarnings("unchecked")
                T t = (T) value[0];
                return t;
            }
        };
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
