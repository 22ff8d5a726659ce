package news.explainer.analyse.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import java.util.regex.Matcher;
import news.explainer.analyse.WordTexts;
import org.junit.jupiter.api.Test;

/**
 * Looking for names only where a capital stands, and for a role only before a role noun, finds what the plain
 * expressions find.
 */
class CastScanTest {
    private static final List<String> PIECES = List.of(
            "Dmitry", "Peskov", "Kremlin", "aide", "Aide", "AIDE", "spokesman", "president", "President", "leader",
            "envoy", "Special", "US", "the", "said", "O’Brien", "d'Estaing", "Jean-Luc", "Élodie", "Łukasz", "İlham",
            "Дмитрий", "Песков", "\uD835\uDC00", "\uD835\uDC1A", "\uD835", "\uDC00", "a", "x", ".", ",", "’", "'",
            "-", " ", " ", "  ", "\n", "\r\n", "\t", "\u000B", "\f", "\u0085", "\u2028", "\u2029", "\u00A0", "1");

    @Test
    void capitalisedRunsAreThoseAPlainSearchFinds() {
        qt().withFixedSeed(20260130L).withExamples(5000).forAll(WordTexts.of(PIECES, 40)).checkAssert(text ->
                assertEquals(WordTexts.found(Lexicon.CAPITALISED_RUN, text), runs(text), text));
    }

    @Test
    void theRoleBeforeANameIsWhatThePlainExpressionFinds() {
        qt().withFixedSeed(20260130L).withExamples(5000).forAll(WordTexts.of(PIECES, 12)).checkAssert(text -> {
            Matcher m = Cast.ROLE_BEFORE.matcher(text);
            assertEquals(m.find() ? m.group(1) : "", Cast.roleBefore(text), text);
        });
    }

    @Test
    void example() {
        assertEquals("Kremlin aide", Cast.roleBefore("the Kremlin aide "));
        assertEquals("", Cast.roleBefore("the Kremlin aide"));
        assertEquals("Kremlin spokesman", Cast.roleBefore("said Kremlin spokesman \u2028"));
        assertEquals(List.of("0-13:Dmitry Peskov", "19-26:Kremlin"), runs("Dmitry Peskov said Kremlin aides"));
    }

    private static List<String> runs(String text) {
        return Cast.capitalisedRuns(text).stream().map(m -> m.start() + "-" + m.end() + ":" + m.group()).toList();
    }
}
