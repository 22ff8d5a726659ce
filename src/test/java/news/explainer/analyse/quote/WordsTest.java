package news.explainer.analyse.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * {@link Words} scans text by hand for speed. The regular expressions it replaced say what it means more plainly;
 * they are kept here as the specification, and both must split any text into the same words.
 */
class WordsTest {
    private static final Pattern INSERTIONS = Pattern.compile("\\[[^\\]]*\\]|\\([^)]*\\)");
    private static final Pattern APOSTROPHES = Pattern.compile("[’‘'`]");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern BRITISH_OUR = Pattern.compile("our(s|able|ably|ite|ites|ed|ing)?$");
    private static final Pattern BRITISH_ISE = Pattern.compile("is(e|ed|es|ing|ation|ations)$");

    private static List<String> specified(String text) {
        String plain = APOSTROPHES.matcher(INSERTIONS.matcher(text).replaceAll(" ").toLowerCase(Locale.ROOT))
                .replaceAll("");
        List<String> out = new ArrayList<>();
        for (String word : NOT_WORD.split(plain)) {
            if (!word.isEmpty()) {
                String w = word.length() > 5 ? BRITISH_OUR.matcher(word).replaceAll("or$1") : word;
                out.add(w.length() > 6 ? BRITISH_ISE.matcher(w).replaceAll("iz$1") : w);
            }
        }
        return out;
    }

    private static List<String> specifiedAsWritten(String text) {
        String trimmed = text.strip();
        return trimmed.isEmpty() ? List.of() : List.of(trimmed.split("\\s+"));
    }

    /** Pieces that reach every branch: spellings, brackets (closed or not), apostrophes, odd Unicode. */
    private static final List<String> PIECES = List.of(
            "favour", "favourable", "favourably", "favourite", "favourites", "honoured", "colouring", "hours", "our",
            "ourour", "organise", "organised", "organises", "organising", "organisation", "organisations", "rise",
            "promise", "criticise", "he", "Putin", "Kyiv", "DON'T", "don’t", "‘we", "’", "`", "'", "[", "]", "(", ")",
            "[Putin]", "(Vladimir)", "(", " ", "  ", "\t", "\n", "\r\n", "\u000B", "\f", "\u00A0", "\u2003", "\u2028",
            ",", ".", "—", "“", "”", "\"", "-", "12", "٣", "Ⅻ", "½", "²", "İ", "ß", "ǅ", "ﬁ", "e\u0301", "😀", "𝐓𝐫𝐮𝐦𝐩",
            "\uFEFF", "\u200B", "Ώ", "ΣΑΣ");

    private static Gen<String> texts() {
        Gen<String> anyCodePoint = Generate.range(0, 0x10FFFF).map(cp -> Character.isSurrogate((char) (int) cp)
                && cp <= 0xFFFF ? "\uFFFD" : Character.toString(cp));
        Gen<String> piece = Generate.frequency(List.of(Pair.of(6, Generate.pick(PIECES)), Pair.of(1, anyCodePoint)));
        return SourceDSL.lists().of(piece).ofSizeBetween(0, 40).map(l -> String.join("", l));
    }

    @Test
    void splitsEveryTextIntoTheWordsTheRegularExpressionsSpecify() {
        qt().withFixedSeed(20260129L).withExamples(5000).forAll(texts())
                .checkAssert(text -> assertEquals(specified(text), Words.of(text), text));
    }

    @Test
    void keepsWordsAsWrittenExactlyAsSplittingAtWhiteSpaceDid() {
        qt().withFixedSeed(20260129L).withExamples(5000).forAll(texts())
                .checkAssert(text -> assertEquals(specifiedAsWritten(text), Words.asWritten(text), text));
    }

    @Test
    void examples() {
        assertEquals(List.of("he", "did", "it"), Words.of("He [Putin] did it"));
        assertEquals(List.of("dont", "favorable", "organization"), Words.of("“Don’t” favourable organisation"));
        assertEquals(List.of("president", "putin"), Words.of("President (Vladimir) Putin"));
        assertEquals(List.of("a", "b"), Words.of("a (b"));
    }
}
