package news.explainer.analyse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The coverage check finds weekdays and looking-ahead words only where they stand, as a plain search would. */
class CoverageWordsTest {
    private static final List<String> PIECES = List.of(
            "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Sundays", "sunday",
            "SundayX", "today", "holiday", "day", "will", "Will", "willing", "goodwill", "expected", "unexpected",
            "forecast", "forecasters", "forecasting", "next", "nexts", "ahead", "aheadx", "said", " ", "\n", ",", ".",
            "’", "'", "-", "—", "_", "1", "é", "😀");

    private static Gen<String> texts() {
        return WordTexts.of(PIECES, 40);
    }

    @Test
    void findsTheWeekdaysAPlainSearchFinds() {
        qt().withFixedSeed(20260201L).withExamples(4000).forAll(texts()).checkAssert(text -> assertEquals(
                WordTexts.found(CoverageCheck.WEEKDAY, text), WordTexts.found(CoverageCheck.WEEKDAYS, text), text));
    }

    @Test
    void seesALookAheadWordWhereAPlainSearchDoes() {
        qt().withFixedSeed(20260201L).withExamples(4000).forAll(texts()).checkAssert(text -> assertEquals(
                CoverageCheck.FUTURE.matcher(text).find(), CoverageCheck.LOOKS_AHEAD.anyIn(text), text));
    }

    @Test
    void example() {
        assertEquals(List.of("4-12:Thursday"),
                WordTexts.found(CoverageCheck.WEEKDAYS, "Not Thursday's holiday but Sundays"));
        assertEquals(true, CoverageCheck.LOOKS_AHEAD.anyIn("talks unexpected; forecasters warned"));
        assertEquals(false, CoverageCheck.LOOKS_AHEAD.anyIn("talks were unexpected and unforeseen"));
    }
}
