package news.explainer.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import news.explainer.analyse.WordTexts;
import news.explainer.model.Block;
import org.junit.jupiter.api.Test;

/**
 * What every step after the parser counts on (quotes and passages are put on blocks by a binary search,
 * {@code model.BlockSpans}): blocks are in text order, apart, never empty, and their text is as long as their range.
 * On texts made of the messy pieces real articles have (from review).
 */
class ParsedBlocksTest {
    private static final List<String> PIECES = List.of(
            " date 2026-01-30 ", "date 2026-01-30\n", "(", ")", "(AP Photo/Evan Vucci)", "(via REUTERS) (Jose Colon)",
            "Talks resume", "Talks resume On Sunday", "By Ann Smith", "Yuliya TalmazanJanuary 31, 2026 at 1:02 AM",
            "Related", "Read More", "©", "Advertisement", "12", " ", "\u00A0", "\n", "\n\n", "\t", ".", "?", "“", "”",
            "He said.", "The war", "ended.Temperatures", "fell", "Kyiv", "- The war", "Headline here");
    private static final List<String> SUBHEADINGS = List.of("Talks resume", "The war");

    @Test
    void blocksAreInOrderApartNotEmptyAndAsLongAsTheirText() {
        qt().withFixedSeed(7L).withExamples(20000).forAll(WordTexts.of(PIECES, 60)).checkAssert(text -> {
            List<Block> blocks = new ArticleParser().parse(text, SUBHEADINGS).blocks();
            for (int i = 0; i < blocks.size(); i++) {
                Block b = blocks.get(i);
                assertEquals(b.end() - b.start(), b.text().length(), text);
                assertTrue(b.start() < b.end(), text);
                if (i > 0) {
                    assertTrue(blocks.get(i - 1).end() <= b.start(), blocks + " in " + text);
                }
            }
        });
    }
}
