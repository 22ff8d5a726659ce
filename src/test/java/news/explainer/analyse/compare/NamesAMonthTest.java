package news.explainer.analyse.compare;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import news.explainer.analyse.WordTexts;
import org.junit.jupiter.api.Test;

/** The quick test that lets the date search pass over a paragraph: every text holding a date passes it. */
class NamesAMonthTest {
    private static final List<String> PIECES = List.of("January", "Jan.", "February", "Feb.", "March", "Mar.", "April",
            "Apr.", "May", "June", "July", "August", "Aug.", "September", "Sept.", "Sep.", "October", "Oct.",
            "November", "Nov.", "December", "Dec.", "january", "JANUARY", "Ja", "Ju", "1", "29", "2026", "31st", " ",
            "  ", "\n", "\u00A0", ",", ".", "-", "on", "the", "Maybe", "Junior", "January 29", "29 January", "Feb. 1",
            "1 February", "May 4", "Sept. 30", "12 December", "Oct.\t7", "31  July");

    @Test
    void everyTextWithADateNamesAMonth() {
        int[] dated = {0};
        qt().withFixedSeed(20260129L).withExamples(20_000).forAll(WordTexts.of(PIECES, 8)).checkAssert(text -> {
            if (FigureExtractor.DATE.matcher(text).find()) {
                dated[0]++;
                assertTrue(FigureExtractor.namesAMonth(text), text);
            }
        });
        assertTrue(dated[0] > 1_000, "texts with a date: " + dated[0]);
    }
}
