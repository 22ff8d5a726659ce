package news.explainer.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import news.explainer.concurrent.AcrossCores;
import news.explainer.load.SourceText;
import news.explainer.model.Article;
import news.explainer.model.Person;
import news.explainer.reuse.Memo;

/**
 * Which articles name each person: an article names a person when its lower-cased text contains one of their
 * lower-cased spellings. Each article is lower-cased once and scanned once for all spellings together (spellings
 * are indexed by their first character), so the work grows with the text, not with the text times the people.
 */
final class Mentions {
    private final Spellings spellings;
    private final Memo<Scan, boolean[]> kept;

    private record Spelling(String text, int person) {}

    /**
     * Everyone's lower-case spellings with their person's index, by first character; for each first character, a
     * 64-bit sketch of the second characters that follow it in some spelling (bit {@code c % 64}); and the persons
     * with an empty spelling, which every text contains. Made once for a list of people, kept while they are the
     * same.
     */
    record Spellings(List<Person> people, Spelling[][] byFirst, long[] seconds, boolean[] everywhere) {

        static Spellings of(List<Person> people) {
            Map<Character, List<Spelling>> byFirst = new TreeMap<>();
            boolean[] everywhere = new boolean[people.size()];
            for (int p = 0; p < people.size(); p++) {
                for (String s : people.get(p).spellings()) {
                    String lower = s.toLowerCase(Locale.ROOT);
                    if (lower.isEmpty()) {
                        everywhere[p] = true;
                    } else {
                        byFirst.computeIfAbsent(lower.charAt(0), c -> new ArrayList<>()).add(new Spelling(lower, p));
                    }
                }
            }
            Spelling[][] table = new Spelling[Character.MAX_VALUE + 1][];
            long[] seconds = new long[Character.MAX_VALUE + 1];
            byFirst.forEach((first, spellings) -> {
                table[first] = spellings.toArray(Spelling[]::new);
                for (Spelling s : spellings) {
                    // A one-character spelling is matched by its first character alone: every second one passes.
                    seconds[first] |= s.text().length() == 1 ? -1L : 1L << s.text().charAt(1);
                }
            });
            return new Spellings(people, table, seconds, everywhere);
        }
    }

    /** An article's text (the same object while the file is unchanged) scanned for these people. */
    record Scan(SourceText text, List<Person> people) {}

    /**
     * Mentions that take the people's spellings from {@code spellings} and an article's scan from {@code kept} while
     * its text and the people are the same. The people in each scan's key are the list the spellings were made
     * from, the same object from build to build while the people are equal: each article's key then compares them
     * at the cost of one reference, not person by person.
     */
    Mentions(List<Person> people, Memo<List<Person>, Spellings> spellings, Memo<Scan, boolean[]> kept) {
        this.spellings = spellings.get(List.copyOf(people), Spellings::of);
        this.kept = kept;
    }

    /** For each person, in order, the articles that name them, in the articles' order. */
    List<List<Article>> namedIn(List<Article> articles) {
        List<boolean[]> named = AcrossCores.map(articles.size(), i -> kept.get(
                new Scan(articles.get(i).source(), spellings.people()), scan -> named(articles.get(i))));
        List<List<Article>> out = new ArrayList<>();
        for (int p = 0; p < spellings.people().size(); p++) {
            List<Article> in = new ArrayList<>();
            for (int a = 0; a < articles.size(); a++) {
                if (named.get(a)[p]) {
                    in.add(articles.get(a));
                }
            }
            out.add(in);
        }
        return out;
    }

    /**
     * One pass over the characters (an array: no bounds check per character in the quick compiler's code). Most
     * characters start no spelling; of those that do, most are followed by a character that no spelling of theirs
     * has second ("th", "he"), which the sketch tells without looking at the spellings.
     */
    private boolean[] named(Article article) {
        char[] text = lowerCase(article.source().text());
        Spelling[][] byFirst = spellings.byFirst();
        long[] seconds = spellings.seconds();
        boolean[] found = spellings.everywhere().clone();
        for (int i = 0; i < text.length; i++) {
            char c = text[i];
            long following = seconds[c];
            if (following == 0 || i + 1 < text.length && (following & 1L << text[i + 1]) == 0) {
                continue;
            }
            for (Spelling s : byFirst[c]) {
                if (!found[s.person()] && at(text, i, s.text())) {
                    found[s.person()] = true;
                }
            }
        }
        return found;
    }

    /**
     * The text's characters as {@code text.toLowerCase(Locale.ROOT)} has them, lowered one by one in an array,
     * ASCII by arithmetic, without making the lowered string first: the scan of 10,000 articles took 105 to 140 ms
     * this way, against 144 to 193 ms. Lowered one by one, every character is what the string's lowering makes of it
     * but three, which fall back to it: the capital sigma (its small form depends on the next letter), the dotted
     * capital I (two characters once lowered) and the halves of a character beyond 16 bits.
     */
    static char[] lowerCase(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c < 0x80) {
                if (c >= 'A' && c <= 'Z') {
                    chars[i] = (char) (c + ('a' - 'A'));
                }
            } else if (c == '\u03A3' || c == '\u0130' || Character.isSurrogate(c)) {
                return text.toLowerCase(Locale.ROOT).toCharArray();
            } else {
                chars[i] = Character.toLowerCase(c);
            }
        }
        return chars;
    }

    private static boolean at(char[] text, int i, String spelling) {
        if (i + spelling.length() > text.length) {
            return false;
        }
        for (int k = 1; k < spelling.length(); k++) {
            if (text[i + k] != spelling.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
