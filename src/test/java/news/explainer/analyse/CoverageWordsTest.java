package news.explainer.analyse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/** The coverage check finds weekdays and looking-ahead words only where they stand, as a plain search would. */
class CoverageWordsTest {
    private static final List<String> PIECES = List.of(
            "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Sundays", "sunday",
            "SundayX", "today", "holiday", "day", "will", "Will", "willing", "goodwill", "expected", "unexpected",
            "forecast", "forecasters", "forecasting", "next", "nexts", "ahead", "aheadx", "said", " ", "\n", ",", ".",
            "’", "'", "-", "—", "_", "1", "é", "😀");

    private static Gen<String> texts() {
        Gen<String> anyCodePoint = Generate.range(0, 0x10FFFF).map(cp -> Character.isSurrogate((char) (int) cp)
                && cp <= 0xFFFF ? "\uFFFD" : Character.toString(cp));
        Gen<String> piece = Generate.frequency(List.of(Pair.of(12, Generate.pick(PIECES)), Pair.of(1, anyCodePoint)));
        return SourceDSL.lists().of(piece).ofSizeBetween(0, 40).map(l -> String.join("", l));
    }

    private static List<String> found(Pattern pattern, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            out.add(m.start() + "-" + m.end() + ":" + m.group(1));
        }
        return out;
    }

    @Test
    void findsTheWeekdaysAPlainSearchFinds() {
        qt().withFixedSeed(20260201L).withExamples(4000).forAll(texts()).checkAssert(text -> assertEquals(
                found(CoverageCheck.WEEKDAY, text), CoverageCheck.WEEKDAYS.in(text).stream()
                        .map(m -> m.start() + "-" + m.end() + ":" + m.group(1)).toList(), text));
    }

    @Test
    void seesALookAheadWordWhereAPlainSearchDoes() {
        qt().withFixedSeed(20260201L).withExamples(4000).forAll(texts()).checkAssert(text -> assertEquals(
                CoverageCheck.FUTURE.matcher(text).find(), CoverageCheck.LOOKS_AHEAD.anyIn(text), text));
    }

    @Test
    void example() {
        assertEquals(List.of("4-12:Thursday"), CoverageCheck.WEEKDAYS.in("Not Thursday's holiday but Sundays")
                .stream().map(m -> m.start() + "-" + m.end() + ":" + m.group(1)).toList());
        assertEquals(true, CoverageCheck.LOOKS_AHEAD.anyIn("talks unexpected; forecasters warned"));
        assertEquals(false, CoverageCheck.LOOKS_AHEAD.anyIn("talks were unexpected and unforeseen"));
    }
}
