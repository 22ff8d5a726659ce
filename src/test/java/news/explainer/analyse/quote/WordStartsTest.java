package news.explainer.analyse.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import java.util.regex.Pattern;
import news.explainer.analyse.WordStarts;
import news.explainer.analyse.WordTexts;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Looking for pronouns and role phrases only where they can begin finds what a plain search of the text finds. */
class WordStartsTest {
    private static final List<String> PIECES = List.of(
            "he", "she", "He", "She", "the", "The", "THE", "they", "them", "when", "where", "shed", "ashes", "other",
            "president", "President", "Ukrainian", "US", "leader", "spokesman", "Kremlin", "aide", "minister",
            "secretary", "envoy", "chancellor", "PRESIDENT", "SpokesMan", "Aide", "aides", "prime minister", "Trump", "Peskov", "said", " ", " ", "  ", "\n", "\t", "\u00A0",
            ",", ".", "’", "'", "-", "—", "“", "”", "_", "1", "é", "e\u0301", "İ", "😀", "\u200B");

    private static Gen<String> texts() {
        return WordTexts.of(PIECES, 60);
    }

    private static List<String> found(Pattern pattern, String text) {
        return WordTexts.found(pattern, text);
    }

    private static List<String> found(WordStarts starts, String text) {
        return WordTexts.found(starts, text);
    }

    @Test
    void findsThePronounsAPlainSearchFinds() {
        qt().withFixedSeed(20260129L).withExamples(4000).forAll(texts())
                .checkAssert(text -> assertEquals(found(Lexicon.PRONOUN, text), found(Lexicon.PRONOUNS, text), text));
    }

    @Test
    void findsTheRolePhrasesAPlainSearchFinds() {
        qt().withFixedSeed(20260129L).withExamples(4000).forAll(texts()).checkAssert(text ->
                assertEquals(found(Lexicon.ROLE_PHRASE, text), found(Lexicon.ROLE_PHRASES, text), text));
    }

    @Test
    void example() {
        assertEquals(List.of("0-2:He", "28-31:she"), found(Lexicon.PRONOUNS, "He thanked the others; then she left"));
        assertEquals(List.of("4-20:the US president"), found(Lexicon.ROLE_PHRASES, "and the US president said"));
    }
}
