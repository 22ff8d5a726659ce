package news.explainer.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SourceTextTest {

    /** The byte offset of every character boundary is the length of the UTF-8 bytes before it. */
    private static void assertEveryOffsetMatchesTheEncodedPrefix(String text, int bomBytes) {
        SourceText source = new SourceText("a.txt", text, bomBytes);
        for (int i = 0; i <= text.length(); i++) {
            if (i > 0 && i < text.length() && Character.isLowSurrogate(text.charAt(i))) {
                continue; // not a character boundary
            }
            int expected = bomBytes + text.substring(0, i).getBytes(StandardCharsets.UTF_8).length;
            assertEquals(expected, source.byteOffset(i), "offset " + i + " of " + text.length());
        }
    }

    @Test
    void byteOffsetsCountOneTwoThreeAndFourByteCharactersAcrossManyCheckpoints() {
        StringBuilder text = new StringBuilder();
        String[] pieces = {"a", "é", "“", "😀", "Kyiv ", "—", "\n"};
        for (int i = 0; text.length() < 1000; i++) {
            text.append(pieces[(i * 7 + i / 3) % pieces.length]);
        }
        assertEveryOffsetMatchesTheEncodedPrefix(text.toString(), 0);
        assertEveryOffsetMatchesTheEncodedPrefix(text.toString(), 3);
    }

    @Test
    void aSurrogatePairOnACheckpointBoundaryIsCountedOnce() {
        for (int pad = 60; pad < 68; pad++) {
            assertEveryOffsetMatchesTheEncodedPrefix("x".repeat(pad) + "😀😀" + "y".repeat(70), 0);
        }
    }

    @Test
    void emptyTextHasOffsetZeroAfterTheByteOrderMark() {
        assertEquals(3, new SourceText("a.txt", "", 3).byteOffset(0));
    }
}
