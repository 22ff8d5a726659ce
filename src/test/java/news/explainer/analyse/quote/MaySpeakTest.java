package news.explainer.analyse.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import news.explainer.analyse.WordTexts;
import news.explainer.model.Article;
import news.explainer.model.Block;
import org.junit.jupiter.api.Test;

/**
 * The quick test that lets attribution pass over a paragraph: it finds a verb after white space exactly where the
 * expression that says so does, and so wherever someone is speaking ({@link Lexicon#SPEAKS}).
 */
class MaySpeakTest {
    private static final Pattern VERB_AFTER_SPACE = Pattern.compile("\\s(?:" + Lexicon.VERBS + ")");
    private static final List<String> PIECES = List.of(
            "said", "says", "say", "sai", "Said", "SAID", "told", "tol", "added", "wrote", "quoted", "quote",
            "tweeted", "acknowledged", "stressed", "urged", "announced", "asked", "Trump", "Peskov", "he", "was",
            "also", "Thursday", "unsaid", "resaid", " ", "  ", "\n", "\t", "\u000B", "\f", "\r", "\u00A0", "\u0085",
            "\u2028", "\u2003", "\u001C", ",", ".", "“", "”", "’", "-", "_", "é", "😀");

    @Test
    void findsAVerbAfterWhiteSpaceWhereTheExpressionDoes() {
        qt().withFixedSeed(20260129L).withExamples(20_000).forAll(WordTexts.of(PIECES, 12))
                .checkAssert(text -> assertEquals(VERB_AFTER_SPACE.matcher(text).find(), Lexicon.maySpeak(text),
                        text.codePoints().mapToObj(cp -> String.format("U+%04X", cp)).toList().toString()));
    }

    @Test
    void everyParagraphWhereSomeoneSpeaksPassesTheTest() {
        qt().withFixedSeed(20260201L).withExamples(20_000).forAll(WordTexts.of(PIECES, 12))
                .checkAssert(text -> assertTrue(!Lexicon.SPEAKS.matcher(text).find() || Lexicon.maySpeak(text),
                        text));
    }

    /** On the real articles: the same answer as the expression, and some paragraphs on each side of it. */
    @Test
    void theRealParagraphsAreToldApartAsTheExpressionTellsThem() {
        List<Boolean> answers = new ArrayList<>();
        for (Article article : RealContent.load().articles()) {
            for (Block block : article.parsed().textBlocks()) {
                boolean expected = VERB_AFTER_SPACE.matcher(block.text()).find();
                assertEquals(expected, Lexicon.maySpeak(block.text()), block.text());
                answers.add(expected);
            }
        }
        assertTrue(answers.contains(true) && answers.contains(false), answers.toString());
    }
}
