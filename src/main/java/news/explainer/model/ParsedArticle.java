package news.explainer.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * What the article parser found in one file. Every field is a view on the original text, which stays unchanged.
 *
 * @param headline the headline line, when the file has one
 * @param headerDate the date of a {@code date YYYY-MM-DD} header, exactly as written (it may be wrong)
 * @param byline the author names of a byline, when the file has one
 * @param bylineDate the date a byline carries, exactly as written ({@code January 31, 2026 at 1:02 AM})
 * @param blocks the whole file in order, each stretch with its role
 */
public record ParsedArticle(
        Optional<String> headline,
        Optional<LocalDate> headerDate,
        Optional<String> byline,
        Optional<String> bylineDate,
        List<Block> blocks) {

    public List<Block> blocks(BlockRole role) {
        return blocks.stream().filter(b -> b.role() == role).toList();
    }

    /** The story's own words (paragraphs and subheadings), in order. */
    public List<Block> textBlocks() {
        // A loop, not a stream: four analysis steps ask for every article's text blocks.
        List<Block> text = new ArrayList<>(blocks.size());
        for (Block b : blocks) {
            if (b.role().isText()) {
                text.add(b);
            }
        }
        return Collections.unmodifiableList(text);
    }
}
