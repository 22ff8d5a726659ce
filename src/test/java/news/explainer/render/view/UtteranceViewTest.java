package news.explainer.render.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which variants of an utterance the quotes page shows as one wording. */
class UtteranceViewTest {
    private static final List<UtteranceView.Word> SAME = List.of(new UtteranceView.Word("a week", "same"));
    private static final List<UtteranceView.Word> CUT = List.of(new UtteranceView.Word("a", "same"),
            new UtteranceView.Word("week", "removed"));

    @Test
    void variantsAreWordedAlikeOnlyWhenWordsCutsAndEditorsNotesAllAgree() {
        UtteranceView.Variant fullest = variant("fullest", true, SAME, false, false, "", "");
        List<UtteranceView.Variant> variants = List.of(fullest,
                variant("a", false, CUT, false, false, "", ""),
                variant("b", false, CUT, false, false, "", ""), // alike with a
                variant("c", false, CUT, true, false, "", ""), // cut before
                variant("d", false, CUT, false, true, "", ""), // cut after
                variant("e", false, CUT, false, false, "attributed by the editors", ""), // the editors' tag
                variant("f", false, CUT, false, false, "attributed by the editors", "<p>Why.</p>"), // and a note
                variant("g", true, SAME, false, false, "", ""),
                // Spelled differently ("favorable"), but the same words as the fullest's: nothing is shown of them.
                variant("h", true, List.of(new UtteranceView.Word("a  week", "same")), false, false, "", ""));
        List<List<String>> grouped = UtteranceView.wordings(variants).stream()
                .map(w -> w.carriers().stream().map(UtteranceView.Variant::outlet).toList()).toList();
        assertEquals(List.of(List.of("a", "b"), List.of("c"), List.of("d"), List.of("e"), List.of("f"),
                List.of("g", "h")), grouped, "the fullest is not among them; the first of each group leads");
        assertEquals(List.of(), UtteranceView.wordings(List.of(fullest)));
        assertEquals(List.of(), UtteranceView.wordings(List.of()));
    }

    private static UtteranceView.Variant variant(String outlet, boolean identical, List<UtteranceView.Word> words,
            boolean cutBefore, boolean cutAfter, String tag, String note) {
        return new UtteranceView.Variant("q-" + outlet, outlet, "#" + outlet, "text", identical, words, cutBefore,
                cutAfter, tag, note);
    }
}
