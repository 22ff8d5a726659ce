package news.explainer.write;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import freemarker.template.utility.StringUtil;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The page's bytes are exactly those of the whole text's {@code getBytes(UTF_8)}, however FreeMarker splits it. */
class Utf8WriterTest {

    @Test
    void curlyQuotesAccentsAndEmojiComeOutAsTheirUtf8() {
        String text = "“Putin agreed,” said Zelenskyy’s aide — café, 1 °C, Київ, 🇺🇦 and 🙂.";
        Utf8Writer out = new Utf8Writer();
        out.write(text);
        assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), out.bytes());
    }

    @Test
    void aSurrogatePairSplitAcrossTwoWritesIsStillOneCharacter() {
        String text = "a🙂b";
        Utf8Writer out = new Utf8Writer();
        out.write(text, 0, 2); // "a" and the high half
        out.write(text.toCharArray(), 2, 2); // the low half and "b"
        assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), out.bytes());
    }

    @Test
    void loneSurrogatesBecomeQuestionMarksAsStringGetBytesMakesThem() {
        for (String text : new String[] {"x\uD83D", "x\uD83Dy", "\uDE42y", "\uD83D\uD83D\uDE42", "end\uD800"}) {
            Utf8Writer out = new Utf8Writer();
            for (char c : text.toCharArray()) {
                out.write(c);
            }
            assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), out.bytes(), text);
        }
    }

    @Test
    void aPageOfManyBlocksWrittenInPiecesOfEverySizeIsJoinedInOrder() {
        Random random = new Random(7);
        String alphabet = "abc <>&\"'’“”—é°Ж€\uD83D\uDE42\n";
        StringBuilder text = new StringBuilder();
        while (text.length() < 3_000_000) { // past the doubling blocks and several of the largest
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        String page = text.toString();
        Utf8Writer out = new Utf8Writer();
        for (int at = 0; at < page.length(); ) {
            int piece = Math.min(page.length() - at, random.nextInt(300));
            switch (random.nextInt(3)) {
                case 0 -> out.write(page, at, piece);
                case 1 -> out.write(page.substring(at, at + piece).toCharArray(), 0, piece);
                default -> out.write(page.substring(at, at + piece));
            }
            at += piece;
        }
        assertArrayEquals(page.getBytes(StandardCharsets.UTF_8), out.bytes());
    }

    @Test
    void everyPrefixIsRightWhenTheBytesAreAskedForBetweenWrites() { // from review: bytes() must not change the state
        Random random = new Random(11);
        String alphabet = "ab\u00e9\u20ac\uD83D\uDE42\uD83D\uDE42\uD83D\uDE42\uD800\uDC00x";
        for (int round = 0; round < 40; round++) {
            // around the first block's end, and every fourth round past the second block's
            int length = 8192 - 20 + random.nextInt(40) + (round % 4 == 0 ? 24576 + 8192 : 0);
            StringBuilder text = new StringBuilder();
            while (text.length() < length) { // mostly ASCII, so that the quick path fills the blocks
                text.append(random.nextInt(4) == 0 ? alphabet.charAt(random.nextInt(alphabet.length())) : 'q');
            }
            String page = text.toString();
            Utf8Writer out = new Utf8Writer();
            for (int at = 0; at < page.length(); ) {
                int piece = Math.min(page.length() - at, random.nextInt(5) == 0 ? 0 : random.nextInt(3000));
                switch (random.nextInt(4)) {
                    case 0 -> out.write(page, at, piece);
                    case 1 -> out.write(("!!" + page.substring(at, at + piece) + "!!").toCharArray(), 2, piece);
                    case 2 -> page.substring(at, at + piece).chars().forEach(out::write);
                    default -> out.write(page.substring(at, at + piece));
                }
                at += piece;
                byte[] expected = page.substring(0, at).getBytes(StandardCharsets.UTF_8);
                assertArrayEquals(expected, out.bytes(), "round " + round + " at " + at);
                assertArrayEquals(expected, out.bytes(), "asked twice, round " + round + " at " + at);
            }
        }
    }

    /**
     * Escaped and plain writes mixed, of every size, across blocks, with lone and split surrogates next to the
     * characters that become entities: the bytes are FreeMarker's own escaping of the escaped pieces, then UTF-8.
     */
    @Test
    void escapedWritesGiveFreeMarkersEntitiesThenUtf8() {
        Random random = new Random(13);
        String alphabet = "ab <>&\"'’“é€\uD83D\uDE42\uD83D\uDE42\uD800\uDC00x\n";
        for (int round = 0; round < 30; round++) {
            Utf8Writer out = new Utf8Writer();
            StringBuilder expected = new StringBuilder();
            int length = random.nextInt(round % 5 == 0 ? 40_000 : 600);
            while (expected.length() < length) {
                StringBuilder piece = new StringBuilder();
                for (int n = random.nextInt(random.nextInt(4) == 0 ? 3_000 : 12); n > 0; n--) {
                    piece.append(random.nextInt(3) == 0 ? alphabet.charAt(random.nextInt(alphabet.length())) : 'q');
                }
                String text = piece.toString();
                if (random.nextBoolean()) {
                    out.writeEscaped(text);
                    expected.append(StringUtil.XHTMLEnc(text));
                } else {
                    out.write(text);
                    expected.append(text);
                }
            }
            assertArrayEquals(expected.toString().getBytes(StandardCharsets.UTF_8), out.bytes(), "round " + round);
        }
    }
}
