package news.explainer.analyse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * WordStarts skips a word that stands right after an ASCII letter when the expression begins with {@code \b}. That
 * holds for a word that begins with an ASCII letter; for one that begins with another letter it holds only while
 * {@code \b} counts every letter as a word character, which Java stopped doing in 19 (JDK-8264160: without
 * UNICODE_CHARACTER_CLASS, {@code \b} is ASCII's, as {@code \w} is). On 17 this passes; on 25 it fails.
 */
class WordStartsBoundaryTest {
    @Test
    void aWordBeginningWithANonAsciiLetterAfterAnAsciiLetterIsFoundAsFindFindsIt() {
        Pattern pattern = Pattern.compile("\\b(?:élan|Élysée)");
        String text = "xélan and the Élysée";
        assertEquals(starts(pattern.matcher(text).results().toList()),
                starts(new WordStarts(pattern, List.of("élan", "Élysée")).in(text)));
    }

    private static List<String> starts(List<MatchResult> matches) {
        return matches.stream().map(m -> m.start() + ":" + m.group()).toList();
    }
}
