package news.explainer.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import news.explainer.model.QuoteAttribution;
import news.explainer.problem.Problems;

/** Reads {@code content/quotes/*.md}, the editors' attributions; whether each matches a quote is checked later. */
final class QuoteAttributionReader {
    private final Utf8Reader reader;
    private final FrontMatterReader frontMatter;

    QuoteAttributionReader(Utf8Reader reader, FrontMatterReader frontMatter) {
        this.reader = reader;
        this.frontMatter = frontMatter;
    }

    List<QuoteAttribution> read(Path dir, Problems problems) {
        List<QuoteAttribution> out = new ArrayList<>();
        for (Annotated<QuoteFields> doc : frontMatter.readAll(reader, dir, QuoteFields.class, problems)) {
            QuoteFields f = doc.fields();
            Required required = new Required(doc, problems);
            String article = required.text("article", f.article());
            String quote = required.text("quote", f.quote());
            String speaker = required.text("speaker", f.speaker());
            if (!article.isEmpty() && !quote.isEmpty() && !speaker.isEmpty()) {
                out.add(new QuoteAttribution(doc.id(), article, quote, speaker, Boolean.TRUE.equals(f.separate()),
                        doc.body().strip(), doc.locate("quote:"), doc.locate("article:"), doc.locate("speaker:")));
            }
        }
        return List.copyOf(out);
    }
}
