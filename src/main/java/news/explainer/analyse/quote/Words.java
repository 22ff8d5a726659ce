package news.explainer.analyse.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Words of a quote as matching sees them: lower case, no punctuation or apostrophes, editors' insertions in
 * brackets dropped ({@code he [Putin] did it}, {@code President (Vladimir) Putin}), and British and American
 * spellings made one ({@code favourable}/{@code favorable}, {@code weaponising}/{@code weaponizing}).
 */
final class Words {
    // Compiled once: String.replaceAll and split compile their pattern on every call, for every word of every quote.
    private static final Pattern INSERTIONS = Pattern.compile("\\[[^\\]]*\\]|\\([^)]*\\)");
    private static final Pattern APOSTROPHES = Pattern.compile("[’‘'`]");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern BRITISH_OUR = Pattern.compile("our(s|able|ably|ite|ites|ed|ing)?$");
    private static final Pattern BRITISH_ISE = Pattern.compile("is(e|ed|es|ing|ation|ations)$");

    private Words() {}

    static List<String> of(String text) {
        String plain = APOSTROPHES.matcher(INSERTIONS.matcher(text).replaceAll(" ").toLowerCase(Locale.ROOT))
                .replaceAll("");
        List<String> out = new ArrayList<>();
        for (String word : NOT_WORD.split(plain)) {
            if (!word.isEmpty()) {
                out.add(canonical(word));
            }
        }
        return out;
    }

    private static String canonical(String word) {
        if (word.length() > 5) {
            word = BRITISH_OUR.matcher(word).replaceAll("or$1");
        }
        if (word.length() > 6) {
            word = BRITISH_ISE.matcher(word).replaceAll("iz$1");
        }
        return word;
    }

    /** Whole words of the text, as written, for showing differences. */
    static List<String> asWritten(String text) {
        String trimmed = text.strip();
        return trimmed.isEmpty() ? List.of() : List.of(trimmed.split("\\s+"));
    }
}
