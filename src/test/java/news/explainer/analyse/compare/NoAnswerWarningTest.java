package news.explainer.analyse.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The one warning a point gets for the articles it has no answer for: each named up to five, then counted. */
class NoAnswerWarningTest {

    @Test
    void oneArticleIsNamedAlone() {
        assertEquals("no answer for 'cnn': say what it reports, or write status: not-reported",
                ComparisonChecker.noAnswer(List.of("cnn"), 5));
    }

    @Test
    void upToFiveAreAllNamed() {
        assertEquals("no answer for 2 of the 5 articles: 'cnn' and 'nbc-news': say what each reports, or write"
                + " status: not-reported", ComparisonChecker.noAnswer(List.of("cnn", "nbc-news"), 5));
        assertEquals("no answer for 5 of the 13 articles: 'a0', 'a1', 'a2', 'a3' and 'a4': say what each reports,"
                + " or write status: not-reported", ComparisonChecker.noAnswer(ids(5), 13));
    }

    @Test
    void beyondFiveTheRestAreCounted() {
        assertEquals("no answer for 6 of the 13 articles: 'a0', 'a1', 'a2', 'a3', 'a4' and 1 more: say what each"
                + " reports, or write status: not-reported", ComparisonChecker.noAnswer(ids(6), 13));
        assertEquals("no answer for 6,400 of the 10,000 articles: 'a0', 'a1', 'a2', 'a3', 'a4' and 6,395 more: say"
                + " what each reports, or write status: not-reported", ComparisonChecker.noAnswer(ids(6_400), 10_000));
    }

    private static List<String> ids(int count) {
        return IntStream.range(0, count).mapToObj(i -> "a" + i).toList();
    }
}
