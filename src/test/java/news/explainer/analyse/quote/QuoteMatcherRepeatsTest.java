package news.explainer.analyse.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Quotes in the same words as an earlier quote (wire copy) join it without a search of the index: they must land
 * where a search would have put them, however many there are, and never where the editors said they do not belong.
 */
class QuoteMatcherRepeatsTest {
    private static final String FULL = "We asked for the bridge to be reopened before the winter storms arrive";
    private static final String OTHER = "The council will publish every contract for the repair work next month";

    @Test
    void aSentenceCarriedByMoreArticlesThanTheIndexKeepsPerPhraseIsOneCluster() {
        List<Quote> quotes = new ArrayList<>();
        Set<String> full = new TreeSet<>();
        Set<String> other = new TreeSet<>();
        for (int n = 0; n < 120; n++) { // the index keeps the 50 most recent quotes per phrase
            quotes.add(quote("a" + n, FULL, false, "mayor"));
            quotes.add(quote("b" + n, OTHER, false, "mayor"));
            full.add("a" + n + "-q");
            other.add("b" + n + "-q");
        }
        assertEquals(List.of(full, other), clusters(quotes, Set.of()));
    }

    @Test
    void aRepeatTheEditorsSetApartStaysAloneAndTheOthersStillJoin() {
        List<Quote> quotes = new ArrayList<>();
        for (int n = 0; n < 5; n++) {
            quotes.add(quote("a" + n, FULL, false, "mayor"));
        }
        assertEquals(List.of(Set.of("a0-q"), Set.of("a1-q", "a3-q", "a4-q"), Set.of("a2-q")),
                clusters(quotes, Set.of("a0-q", "a2-q")));
    }

    @Test
    void aRepeatedFragmentJoinsTheUtteranceItCameFrom() {
        String fragment = "to be reopened before the winter storms arrive";
        List<Quote> quotes = List.of(
                quote("a0", fragment, true, "mayor"),
                quote("a1", fragment, true, "mayor"),
                quote("a2", FULL, false, "mayor"),
                quote("a3", fragment, true, "mayor"),
                quote("a4", OTHER, false, "mayor"),
                quote("a5", fragment, true, "mayor"));
        assertEquals(List.of(Set.of("a0-q", "a1-q", "a2-q", "a3-q", "a5-q"), Set.of("a4-q")),
                clusters(quotes, Set.of()));
    }

    @Test
    void aRepeatedFragmentWhoseWholeQuoteTheEditorsSetApartStaysAlone() {
        String fragment = "to be reopened before the winter storms arrive";
        List<Quote> quotes = List.of(quote("a0", FULL, false, "mayor"), quote("a1", fragment, true, "mayor"),
                quote("a2", fragment, true, "mayor"));
        // Each fragment's best match is a0, held apart: attached to it, they join nothing, nor each other.
        assertEquals(List.of(Set.of("a0-q"), Set.of("a1-q"), Set.of("a2-q")), clusters(quotes, Set.of("a0-q")));
    }

    @Test
    void aWholeQuoteInTheWordsOfAnEarlierFragmentIsNotItsRepeat() {
        // Found by a randomised comparison with the matcher before repeats were joined without a search.
        List<Quote> quotes = List.of(quote("a0", "dog bus bus aid car dog", true, "mayor"),
                quote("a1", "dog bus bus aid", false, "mayor"), quote("a2", "bus aid car", true, "mayor"),
                quote("a3", "bus aid car", false, "mayor"));
        assertEquals(List.of(Set.of("a0-q", "a1-q", "a2-q"), Set.of("a3-q")), clusters(quotes, Set.of()));
    }

    @Test
    void theSameWordsFromTwoSpeakersStayApart() {
        List<Quote> quotes = List.of(quote("a0", FULL, false, "mayor"), quote("a1", FULL, false, "minister"),
                quote("a2", FULL, false, "mayor"), quote("a3", FULL, false, "minister"));
        assertEquals(List.of(Set.of("a0-q", "a2-q"), Set.of("a1-q", "a3-q")), clusters(quotes, Set.of()));
    }

    private static Quote quote(String article, String text, boolean fragment, String speaker) {
        return new Quote(article + "-q", article, 0, text.length(), text, fragment, Optional.of(speaker), speaker,
                Optional.empty());
    }

    /** Each cluster's quote ids, clusters in the matcher's order. */
    private static List<Set<String>> clusters(List<Quote> quotes, Set<String> alone) {
        return new QuoteMatcher().match(quotes, alone).stream().map(c -> (Set<String>) new TreeSet<>(c.quoteIds()))
                .toList();
    }
}
