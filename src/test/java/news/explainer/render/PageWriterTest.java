package news.explainer.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The page's bytes are exactly those of the whole text's {@code getBytes(UTF_8)}, however FreeMarker splits it. */
class PageWriterTest {

    @Test
    void curlyQuotesAccentsAndEmojiComeOutAsTheirUtf8() {
        String text = "“Putin agreed,” said Zelenskyy’s aide — café, 1 °C, Київ, 🇺🇦 and 🙂.";
        PageWriter out = new PageWriter();
        out.write(text);
        assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), out.bytes());
    }

    @Test
    void aSurrogatePairSplitAcrossTwoWritesIsStillOneCharacter() {
        String text = "a🙂b";
        PageWriter out = new PageWriter();
        out.write(text, 0, 2); // "a" and the high half
        out.write(text.toCharArray(), 2, 2); // the low half and "b"
        assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), out.bytes());
    }

    @Test
    void loneSurrogatesBecomeQuestionMarksAsStringGetBytesMakesThem() {
        for (String text : new String[] {"x\uD83D", "x\uD83Dy", "\uDE42y", "\uD83D\uD83D\uDE42", "end\uD800"}) {
            PageWriter out = new PageWriter();
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
        PageWriter out = new PageWriter();
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
}
