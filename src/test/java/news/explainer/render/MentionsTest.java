package news.explainer.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import news.explainer.load.ArticleParser;
import news.explainer.load.SourceText;
import news.explainer.model.Article;
import news.explainer.model.Person;
import news.explainer.reuse.Memo;
import org.junit.jupiter.api.Test;

/**
 * Which articles name whom, found in one scan of each article, is what the definition says: the lower-cased text
 * contains one of the person's lower-cased spellings.
 */
class MentionsTest {

    /**
     * Lowered character by character, a text is what {@code toLowerCase(Locale.ROOT)} makes of it: on random text
     * mixing ASCII, accents, Greek (with the capital sigma, whose small form depends on what follows), Cyrillic,
     * Turkish dotted and dotless I, ligatures and characters beyond 16 bits (a Deseret capital has a small form).
     */
    @Test
    void lowersEveryTextAsTheStringsOwnLowerCaseDoes() {
        String alphabet = "AZaz09 .,’“ÀÉÎÕÜßÿĀŁŒŸΣσςΑΩΆКиЁİıǅǈẞⅠ\uD83D\uDE00\uD801\uDC00\uD801\uDC00";
        Random random = new Random(5);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(12);
            for (int k = 0; k < length; k++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String t = text.toString();
            assertEquals(t.toLowerCase(Locale.ROOT), new String(Mentions.lowerCase(t)), t);
        }
    }

    @Test
    void theRealSpellingsFindTheArticlesThatContainThem() {
        List<Person> people = List.of(person("zelensky", "Volodymyr Zelensky", "Zelenskyy", "Zelenskiy"),
                person("peskov", "Dmitry Peskov"), person("nobody", "Nobody Here"));
        List<Article> articles = List.of(article("a", "President ZELENSKIY said."),
                article("b", "“It’s an opportunity,” Zelenskyy said; Kremlin spokesman dmitry peskov agreed."),
                article("c", "Nothing about anyone, not even Zelensk."));
        assertEquals(List.of(List.of("a", "b"), List.of("b"), List.of()), ids(new Mentions(people, Memo.off(),
                Memo.off()).namedIn(articles)));
    }

    @Test
    void oneScanAgreesWithSearchingForEverySpellingInTurn() {
        Random random = new Random(11);
        String letters = "aabnn ’'é\u00A0zZ🙂";
        for (int round = 0; round < 200; round++) {
            List<Person> people = new ArrayList<>();
            for (int p = 0; p < 1 + random.nextInt(6); p++) {
                people.add(person("p" + p, word(random, letters, 0), word(random, letters, 0)));
            }
            List<Article> articles = new ArrayList<>();
            for (int a = 0; a < 5; a++) {
                articles.add(article("a" + a, word(random, letters, 40)));
            }
            List<List<String>> named = ids(new Mentions(people, Memo.off(), Memo.off()).namedIn(articles));
            for (int p = 0; p < people.size(); p++) {
                Person person = people.get(p);
                List<String> expected = articles.stream().filter(a -> person.spellings().stream().anyMatch(s ->
                        a.source().text().toLowerCase(Locale.ROOT).contains(s.toLowerCase(Locale.ROOT))))
                        .map(Article::id).toList();
                assertEquals(expected, named.get(p), person + " in " + articles.stream().map(a -> a.source().text())
                        .toList());
            }
        }
    }

    /** Up to four characters (a spelling; sometimes empty, sometimes one), or {@code extra} more (a text). */
    private static String word(Random random, String letters, int extra) {
        StringBuilder out = new StringBuilder();
        int length = random.nextInt(5) + (extra > 0 ? extra : 0);
        while (out.length() < length) {
            int at = random.nextInt(letters.length());
            out.append(Character.isHighSurrogate(letters.charAt(at)) ? letters.substring(at, at + 2)
                    : Character.isLowSurrogate(letters.charAt(at)) ? "x" : String.valueOf(letters.charAt(at)));
        }
        return out.toString();
    }

    private static List<List<String>> ids(List<List<Article>> named) {
        return named.stream().map(articles -> articles.stream().map(Article::id).toList()).toList();
    }

    private static Person person(String id, String name, String... aliases) {
        return new Person(id, name, List.of(aliases), "", "", "");
    }

    private static Article article(String id, String text) {
        return new Article(id, new SourceText(id + ".txt", text, 0), new ArticleParser().parse(text), "Test outlet",
                true, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), "",
                Optional.empty());
    }
}
