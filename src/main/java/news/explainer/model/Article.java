package news.explainer.model;

import java.time.LocalDate;
import java.util.Optional;
import news.explainer.load.SourceText;

/**
 * One news article: the file as it was saved, what the parser found in it, and what editors said about it.
 *
 * @param id the id other annotations and URLs use: the annotation's file name, or the article's when it has none
 * @param source the article file, unchanged
 * @param outlet who published it; when the text does not say, {@code outletNamed} is false and the outlet says so
 * @param headline the headline, when the file or its annotation gives one; never invented
 * @param published the publication date as editors established it; may differ from the file's own header
 * @param dateCorrection why the published date differs from the file's header, when it does
 * @param note the editor's note on the source, Markdown
 * @param annotation the annotation file, when there is one
 */
public record Article(
        String id,
        SourceText source,
        ParsedArticle parsed,
        String outlet,
        boolean outletNamed,
        Optional<String> headline,
        Optional<String> byline,
        Optional<String> url,
        Optional<LocalDate> published,
        Optional<String> dateCorrection,
        String note,
        Optional<String> annotation) {

    /** The file name, such as {@code 000_8a847a2ecf02cf71.txt}. */
    public String fileName() {
        return source.fileName();
    }

    /** The headline, or the article's first words when it has none (the view says which). */
    public String title() {
        return headline.orElseGet(this::firstWords);
    }

    private String firstWords() {
        String text = fileName();
        for (Block block : parsed.blocks()) { // the first of textBlocks(), without making the list
            if (block.role().isText()) {
                text = block.text();
                break;
            }
        }
        if (text.length() <= 90) {
            return text;
        }
        int cut = text.lastIndexOf(' ', 90);
        return text.substring(0, cut > 40 ? cut : 90) + "…";
    }

    /** The date the file itself gives, as written: a {@code date} header or a byline date. */
    public Optional<String> datelineAsGiven() {
        return parsed.headerDate().map(LocalDate::toString).or(parsed::bylineDate);
    }
}
