package news.explainer.analyse.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.explainer.analyse.WordStarts;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/** Looking for pronouns and role phrases only where they can begin finds what a plain search of the text finds. */
class WordStartsTest {
    private static final List<String> PIECES = List.of(
            "he", "she", "He", "She", "the", "The", "THE", "they", "them", "when", "where", "shed", "ashes", "other",
            "president", "President", "Ukrainian", "US", "leader", "spokesman", "Kremlin", "aide", "minister",
            "secretary", "envoy", "chancellor", "Trump", "Peskov", "said", " ", " ", "  ", "\n", "\t", "\u00A0",
            ",", ".", "’", "'", "-", "—", "“", "”", "_", "1", "é", "e\u0301", "İ", "😀", "\u200B");

    private static Gen<String> texts() {
        Gen<String> anyCodePoint = Generate.range(0, 0x10FFFF).map(cp -> Character.isSurrogate((char) (int) cp)
                && cp <= 0xFFFF ? "\uFFFD" : Character.toString(cp));
        Gen<String> piece = Generate.frequency(List.of(Pair.of(12, Generate.pick(PIECES)), Pair.of(1, anyCodePoint)));
        return SourceDSL.lists().of(piece).ofSizeBetween(0, 60).map(l -> String.join("", l));
    }

    /** Start, end and text of each match, as {@link Matcher#find()} gives them. */
    private static List<String> found(Pattern pattern, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            out.add(m.start() + "-" + m.end() + ":" + m.group());
        }
        return out;
    }

    private static List<String> found(WordStarts starts, String text) {
        return starts.in(text).stream().map(m -> m.start() + "-" + m.end() + ":" + m.group()).toList();
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
