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
    private Words() {}

    static List<String> of(String text) {
        String plain = text.replaceAll("\\[[^\\]]*\\]|\\([^)]*\\)", " ")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[’‘'`]", "");
        List<String> out = new ArrayList<>();
        for (String word : plain.split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                out.add(canonical(word));
            }
        }
        return out;
    }

    private static String canonical(String word) {
        if (word.length() > 5) {
            word = word.replaceAll("our(s|able|ably|ite|ites|ed|ing)?$", "or$1");
        }
        if (word.length() > 6) {
            word = word.replaceAll("is(e|ed|es|ing|ation|ations)$", "iz$1");
        }
        return word;
    }

    /** Whole words of the text, as written, for showing differences. */
    static List<String> asWritten(String text) {
        String trimmed = text.strip();
        return trimmed.isEmpty() ? List.of() : List.of(trimmed.split("\\s+"));
    }
}
