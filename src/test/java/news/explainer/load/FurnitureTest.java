package news.explainer.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import news.explainer.analyse.WordTexts;
import org.junit.jupiter.api.Test;

/** Page furniture is told apart by its clue first, with the same result as its expression alone. */
class FurnitureTest {
    private static final List<String> PIECES = List.of(
            "Related", "Read More", "Source:", "The-", "Wire", "©", "All rights reserved",
            "contributed to this report", "Advertisement", "ADVERTISEMENT", "Share", "Comments", "AOL", "“AOL Breaking”",
            "12", "7", "0", "123",
            "a", "x", ".", ":", "-", " ", "  ", "\n", "\r\n", "\r", "\u0085", "\u2028", "\u2029", "\t");

    @Test
    void aLineIsFurnitureExactlyWhenOneOfTheExpressionsFindsIt() {
        qt().withFixedSeed(20260131L).withExamples(20000).forAll(WordTexts.of(PIECES, 8)).checkAssert(line ->
                assertEquals(ArticleParser.BOILERPLATE.stream().anyMatch(f -> f.pattern().matcher(line).find()),
                        ArticleParser.isBoilerplate(line), line));
    }

    /** The old rule, an expression compiled for every line, against the loop that replaced it. */
    @Test
    void aLineRepeatsTheHeadlineExactlyWhenTheExpressionSaysSo() {
        String headline = "Kyiv waits – for now";
        List<String> pieces = List.of("-", "–", "—", "•", "*", " ", "\t", "\n", "\u000B", "\f", "\r", "\u00A0",
                "\u2028", "x", headline, "Kyiv", "waits – for now", "now");
        qt().withFixedSeed(20260201L).withExamples(20000).forAll(WordTexts.of(pieces, 5)).checkAssert(line -> {
            String stripped = line.replaceFirst("^[-–—•*\\s]+", "");
            assertEquals(!stripped.equals(line) && stripped.equals(headline),
                    ArticleParser.isTitleRepeat(line, headline), line);
        });
        assertTrue(ArticleParser.isTitleRepeat("- - " + headline, headline));
    }

    @Test
    void example() {
        assertTrue(ArticleParser.isBoilerplate("Source: “AOL Breaking”"));
        assertTrue(ArticleParser.isBoilerplate("Read More\u2028"));
        assertEquals(false, ArticleParser.isBoilerplate("The Kremlin said Read More was a headline."));
    }
}
