package news.explainer.analyse.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import news.explainer.analyse.WordTexts;
import news.explainer.load.ArticleParser;
import news.explainer.model.Block;
import org.junit.jupiter.api.Test;

/**
 * Masking each paragraph with only the quotes that touch it is masking it with all of the article's quotes: quotes
 * that run over paragraphs, stop at a glued sentence, or are never closed included.
 */
class MaskedTest {
    private static final List<String> PIECES = List.of(
            "“", "”", "\"", "‘", "’", "'", "He said", "she said.", "winter.", "Temperatures", "fell", " ", " ", "\n",
            "\n\n", ".", "!", "?", ",", "(AP Photo/Someone)", "Kyiv", "“We", "agreed,”", "Peskov", "1", "é");

    @Test
    void aParagraphMaskedWithTheQuotesThatTouchItIsMaskedAsWithAllOfThem() {
        qt().withFixedSeed(20260129L).withExamples(3000).forAll(WordTexts.of(PIECES, 80)).checkAssert(text -> {
            List<Block> blocks = new ArticleParser().parse(text).textBlocks();
            List<QuoteExtractor.Found> quotes = new QuoteExtractor().extract(blocks);
            List<String> each = blocks.stream().map(b -> Masked.of(b, quotes)).toList();
            assertEquals(each, Masked.all(blocks, quotes), text);
        });
    }

    @Test
    void aQuoteNeverClosedReachesTheGluedSentenceAfterItAsItDidWithAllQuotes() {
        // The unclosed quote's close is the end of its paragraph, which is where the glued sentence starts.
        List<Block> blocks = new ArticleParser().parse("“We fell in winter.Temperatures fell.").textBlocks();
        List<QuoteExtractor.Found> quotes = new QuoteExtractor().extract(blocks);
        assertEquals(2, blocks.size());
        assertEquals(blocks.stream().map(b -> Masked.of(b, quotes)).toList(), Masked.all(blocks, quotes));
    }

    @Test
    void example() {
        List<Block> blocks = new ArticleParser().parse("“We agreed,” Peskov said.\n\nShe said “no.”\n\nNothing.")
                .textBlocks();
        assertEquals(List.of("§§§§§§§§§§§§ Peskov said.", "She said §§§.§", "Nothing."),
                Masked.all(blocks, new QuoteExtractor().extract(blocks)));
    }
}
