package news.explainer.analyse.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Words of a quote as matching sees them: lower case, no punctuation or apostrophes, editors' insertions in
 * brackets dropped ({@code he [Putin] did it}, {@code President (Vladimir) Putin}), and British and American
 * spellings made one ({@code favourable}/{@code favorable}, {@code weaponising}/{@code weaponizing}).
 */
final class Words {
    /** Word endings spelt the British way, longest first, and their American spelling. */
    private static final String[][] OUR = endings("our", "or", "able", "ably", "ites", "ite", "ing", "ed", "s", "");
    private static final String[][] ISE = endings("is", "iz", "ations", "ation", "ing", "ed", "es", "e");

    private Words() {}

    /*
     * Hand-written scanning rather than regular expressions: this runs for every word of every quote, and a
     * regular expression costs a matcher and a copy of the text per step. WordsTest holds the expressions this
     * replaced and checks that both give the same words for well-formed text (no lone surrogate halves, which text
     * decoded from UTF-8 never has: the expressions would join two halves that an apostrophe separates).
     */
    static List<String> of(String text) {
        char[] plain = withoutInsertions(text).toLowerCase(Locale.ROOT).toCharArray();
        List<String> out = new ArrayList<>();
        char[] word = new char[plain.length]; // the current word's characters, up to length
        int length = 0;
        for (int i = 0; i < plain.length; ) {
            int c = Character.codePointAt(plain, i);
            int width = Character.charCount(c);
            if (isApostrophe(c)) {
                i += width;
                continue; // dropped, not a break: "don't" is one word, "dont"
            }
            if (isLetterOrNumber(c)) {
                for (int k = 0; k < width; k++) {
                    word[length++] = plain[i + k];
                }
            } else if (length > 0) {
                out.add(canonical(new String(word, 0, length)));
                length = 0;
            }
            i += width;
        }
        if (length > 0) {
            out.add(canonical(new String(word, 0, length)));
        }
        return out;
    }

    /** Each {@code [...]} and {@code (...)} replaced by a space; an opening mark never closed stays. */
    private static String withoutInsertions(String text) {
        StringBuilder out = null;
        int copied = 0;
        for (int i = 0; i < text.length(); i++) {
            char open = text.charAt(i);
            int close = open == '[' ? text.indexOf(']', i + 1) : open == '(' ? text.indexOf(')', i + 1) : -1;
            if (close >= 0) {
                out = out == null ? new StringBuilder(text.length()) : out;
                out.append(text, copied, i).append(' ');
                copied = close + 1;
                i = close;
            }
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    private static boolean isApostrophe(int c) {
        return c == '’' || c == '‘' || c == '\'' || c == '`';
    }

    /** Unicode letters and numbers of every kind, as {@code \p{L}} and {@code \p{N}} would have it. */
    static boolean isLetterOrNumber(int c) {
        if (c < 0x80) { // most characters: ASCII's letters and digits are its only letters and numbers
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
        if (Character.isLetter(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /** Most words have neither stem: one search for it saves trying each of its endings in turn. */
    private static String canonical(String word) {
        if (word.length() > 5 && word.contains("our")) {
            word = respelt(word, OUR);
        }
        if (word.length() > 6 && word.contains("is")) {
            word = respelt(word, ISE);
        }
        return word;
    }

    /** The word with the first (longest) of the endings it has replaced by its American spelling. */
    private static String respelt(String word, String[][] endings) {
        for (String[] ending : endings) {
            if (word.endsWith(ending[0])) {
                return word.substring(0, word.length() - ending[0].length()) + ending[1];
            }
        }
        return word;
    }

    /** {@code {stem + suffix, american + suffix}} for each suffix, in the order given (longest first). */
    private static String[][] endings(String stem, String american, String... suffixes) {
        String[][] out = new String[suffixes.length][];
        for (int i = 0; i < suffixes.length; i++) {
            out[i] = new String[] {stem + suffixes[i], american + suffixes[i]};
        }
        return out;
    }

    /** Whole words of the text, as written, for showing differences: split at ASCII white space. */
    static List<String> asWritten(String untrimmed) {
        String text = untrimmed.strip();
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean space = i == text.length() || isAsciiSpace(text.charAt(i));
            if (space && start >= 0) {
                out.add(text.substring(start, i));
                start = -1;
            } else if (!space && start < 0) {
                start = i;
            }
        }
        return List.copyOf(out);
    }

    private static boolean isAsciiSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
