package news.explainer.analyse.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SpellingScannerTest {
    private static final List<String> SPELLINGS = List.of("Zelensky", "Zelenskyy", "Volodymyr Zelenskyy", "Putin",
            "Vladimir Putin", "Peskov", "Ann", "Anna", "Anna Lee", "Lee", "A2");

    /** The expression the scanner stands in for, built the way the cast used to build it. */
    private static List<String> byExpression(String text) {
        Pattern p = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + SPELLINGS.stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(Pattern::quote).collect(Collectors.joining("|")) + ")(?![\\p{L}\\p{N}])");
        List<String> hits = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            hits.add(m.start() + ":" + m.group());
        }
        return hits;
    }

    private static List<String> byScanner(String text) {
        return new SpellingScanner(SPELLINGS).find(text).stream()
                .map(h -> h.start() + ":" + text.substring(h.start(), h.end())).toList();
    }

    @Test
    void longestSpellingWinsAndPartsOfWordsAreNotNames() {
        String text = "Volodymyr Zelenskyy met Zelensky’s aide; Zelenskyyan Putins Anna Lee, Annabel, Ann2 A2 ²A2 Ⅻ Lee";
        assertEquals(byExpression(text), byScanner(text));
        assertEquals(List.of("0:Volodymyr Zelenskyy", "24:Zelensky", "60:Anna Lee", "84:A2", "93:Lee"), byScanner(text));
    }

    @Test
    void findsWhatTheExpressionFindsInRandomText() {
        String[] pieces = {"Zelensky", "Zelenskyy", "Volodymyr ", "Putin", "Vladimir ", "Anna", "Ann", " Lee", "Lee",
            "A2", " ", ", ", "’s ", "x", "2", "é", "Ⅻ", "\n", "said", "“", "”"};
        Random random = new Random(7);
        for (int run = 0; run < 2000; run++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(20); i > 0; i--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            assertEquals(byExpression(text.toString()), byScanner(text.toString()), "text: " + text);
        }
    }

    @Test
    void textsWithCharactersOutsideTheBasicPlaneStillMatchTheExpression() {
        String text = "😀Putin 𝐀Putin Putin😀 Anna Lee";
        assertEquals(byExpression(text), byScanner(text));
    }
}
