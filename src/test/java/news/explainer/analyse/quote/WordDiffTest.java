package news.explainer.analyse.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordDiffTest {
    private final WordDiff diff = new WordDiff();

    @Test
    void aChangedWordShowsAsRemovedThenAdded() {
        assertEquals(List.of(same("not"), same("to"), same("fire"), removed("on"), added("into"), same("Kyiv")),
                diff.diff("not to fire on Kyiv", "not to fire into Kyiv"));
    }

    @Test
    void britishAndAmericanSpellingsAndPunctuationAreTheSameWord() {
        assertEquals(List.of(same("create"), same("favorable"), same("conditions.")),
                diff.diff("create favourable conditions", "create favorable conditions."));
    }

    @Test
    void wordsTheVariantLeavesOutAreRemoved() {
        assertEquals(List.of(removed("Because"), removed("of"), same("the"), same("extreme"), same("cold")),
                diff.diff("Because of the extreme cold", "the extreme cold"));
    }

    @Test
    void aPartQuoteIsComparedWithThePartItQuotesEvenWhenTheWordsWereSaidTwice() {
        // The speaker said "I asked him not to fire" twice; the variant quotes the second time, with "into".
        WordDiff.Part part = diff.diffWithin("I asked him not to fire on Kyiv for a week. I asked him not to fire "
                + "into Kyiv and the towns. He agreed.", "I asked him not to fire into Kyiv and the towns.");
        assertEquals(List.of(same("I"), same("asked"), same("him"), same("not"), same("to"), same("fire"),
                same("into"), same("Kyiv"), same("and"), same("the"), same("towns.")), part.tokens());
        assertEquals(true, part.cutBefore());
        assertEquals(true, part.cutAfter());
    }

    @Test
    void theWholeUtteranceIsNotCut() {
        WordDiff.Part part = diff.diffWithin("not to fire on Kyiv", "not to fire into Kyiv");
        assertEquals(diff.diff("not to fire on Kyiv", "not to fire into Kyiv"), part.tokens());
        assertEquals(false, part.cutBefore());
        assertEquals(false, part.cutAfter());
    }

    private static DiffToken same(String w) {
        return new DiffToken(w, DiffToken.SAME);
    }

    private static DiffToken added(String w) {
        return new DiffToken(w, DiffToken.ADDED);
    }

    private static DiffToken removed(String w) {
        return new DiffToken(w, DiffToken.REMOVED);
    }
}
