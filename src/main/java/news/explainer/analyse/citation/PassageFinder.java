package news.explainer.analyse.citation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import news.explainer.model.Article;
import news.explainer.model.Block;

/**
 * Finds cited passages in an article's story text. Matching ignores differences of whitespace and of quote style
 * (“ and " and ″, ‘ and ’ and '), never of words: an editor may retype a passage, but not reword it. Captions and
 * page furniture are not searched: evidence must come from the story itself.
 */
public final class PassageFinder {
    private final String original;
    private final List<Block> blocks;
    /**
     * Each paragraph normalised, made the first time a search reaches it: a cited passage stands on average a sixth
     * of the way into its article, and most articles are searched for a passage or two, so most of a big story's
     * text is never normalised. Filled without a lock by whichever core gets there first: two that race make equal
     * paragraphs, and a {@link Paragraph}'s final fields make it whole to every core that reads it.
     */
    private final Paragraph[] paragraphs;

    /** A paragraph normalised, and where its characters came from in the original text. */
    private record Paragraph(String text, Runs origins) {}

    public PassageFinder(Article article) {
        this.original = article.source().text();
        this.blocks = article.parsed().textBlocks();
        this.paragraphs = new Paragraph[blocks.size()];
    }

    /**
     * The passage's range in the original text, or empty when the article does not contain it. The first paragraph
     * that holds it gives it: no passage spans two paragraphs.
     */
    public Optional<int[]> find(String passage) {
        String wanted = normalise(passage).strip();
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        for (int b = 0; b < blocks.size(); b++) {
            Paragraph paragraph = paragraph(b);
            int at = paragraph.text().indexOf(wanted);
            if (at >= 0) {
                Runs origins = paragraph.origins();
                return Optional.of(new int[] {origins.of(at), origins.of(at + wanted.length() - 1) + 1});
            }
        }
        return Optional.empty();
    }

    /** The stretch of the article most like the passage, word for word, for the "did you mean" of an error. */
    public String nearest(String passage) {
        List<String> wanted = words(normalise(passage));
        List<String> all = new ArrayList<>();
        for (int b = 0; b < blocks.size(); b++) {
            all.addAll(words(paragraph(b).text()));
        }
        int size = Math.max(1, Math.min(wanted.size(), all.size()));
        int bestStart = 0;
        int bestScore = -1;
        Map<String, Integer> need = counts(wanted);
        String first = wanted.isEmpty() ? "" : key(wanted.get(0));
        for (int start = 0; start + size <= all.size(); start++) {
            // Shared words count most; among equal windows, the one that starts where the passage starts wins.
            int score = 2 * overlap(need, all.subList(start, start + size)) + (key(all.get(start)).equals(first) ? 1 : 0);
            if (score > bestScore) {
                bestScore = score;
                bestStart = start;
            }
        }
        return String.join(" ", all.subList(bestStart, Math.min(all.size(), bestStart + size)));
    }

    public String original(int start, int end) {
        return original.substring(start, end);
    }

    private Paragraph paragraph(int b) {
        Paragraph made = paragraphs[b];
        if (made == null) {
            Block block = blocks.get(b);
            // Arrays, not a builder: every character a search reaches passes through here, and a builder checks its
            // capacity and coder at each append (three fifths of checking the comparisons went into this loop).
            char[] text = new char[block.end() - block.start()];
            original.getChars(block.start(), block.end(), text, 0);
            char[] out = new char[text.length]; // never more: white space only shrinks
            Origins from = new Origins(block.start());
            int n = normalise(text, out, from);
            made = new Paragraph(new String(out, 0, n), from.runs());
            paragraphs[b] = made;
        }
        return made;
    }

    static String normalise(String text) {
        char[] out = new char[text.length()];
        return new String(out, 0, normalise(text.toCharArray(), out, null));
    }

    /**
     * Where each normalised character came from, kept as runs: a run is normalised characters that come from
     * consecutive places in the original, held as where it starts in each. Normalising only joins white space, so
     * a paragraph is a few runs, not an offset per character (a number per character of every article was 101 MB at
     * 10,000 articles, held through the whole analysis).
     */
    private static final class Origins {
        /** Where in the original the paragraph starts: the places given are counted from there. */
        private final int base;
        private int[] starts = new int[4];
        private int[] from = new int[4];
        private int runs;
        private int size;
        private int last = -2;

        Origins(int base) {
            this.base = base;
        }

        void accept(int origin) {
            if (origin != last + 1 || runs == 0) {
                if (runs == starts.length) {
                    starts = Arrays.copyOf(starts, 2 * runs);
                    from = Arrays.copyOf(from, 2 * runs);
                }
                starts[runs] = size;
                from[runs] = base + origin;
                runs++;
            }
            last = origin;
            size++;
        }

        Runs runs() {
            return new Runs(Arrays.copyOf(starts, runs), Arrays.copyOf(from, runs));
        }
    }

    /** The runs of {@link Origins}, made: never changed after. */
    private record Runs(int[] starts, int[] from) {
        /** Where the normalised character at {@code k} came from. */
        int of(int k) {
            int run = Arrays.binarySearch(starts, k);
            if (run < 0) {
                run = -run - 2; // the run that starts before k
            }
            return from[run] + (k - starts[run]);
        }
    }

    /**
     * Writes {@code text} normalised into {@code out}, telling {@code from} (unless null) where in the text each
     * character written comes from; returns how many characters it wrote.
     */
    private static int normalise(char[] text, char[] out, Origins from) {
        int n = 0;
        boolean space = false;
        for (int i = 0; i < text.length; i++) {
            char c = text[i];
            if (Character.isWhitespace(c) || c == '\u00A0') {
                space = true;
                continue;
            }
            if (space && n > 0 && out[n - 1] != '\u0000') {
                // The space stands for the white space before i: from its last character, so that a single space
                // continues the run. (A found passage never starts or ends with a space: it is stripped.)
                out[n++] = ' ';
                if (from != null) {
                    from.accept(i - 1);
                }
            }
            space = false;
            out[n++] = fold(c);
            if (from != null) {
                from.accept(i);
            }
        }
        return n;
    }

    private static char fold(char c) {
        return switch (c) {
            case '“', '”', '„', '″' -> '"';
            case '‘', '’', '‚', '′' -> '\'';
            default -> c;
        };
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String w : text.split(" ")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }

    private static Map<String, Integer> counts(List<String> words) {
        Map<String, Integer> counts = new HashMap<>();
        words.forEach(w -> counts.merge(key(w), 1, Integer::sum));
        return counts;
    }

    private static int overlap(Map<String, Integer> need, List<String> window) {
        Map<String, Integer> left = new HashMap<>(need);
        int score = 0;
        for (String w : window) {
            Integer n = left.get(key(w));
            if (n != null && n > 0) {
                left.put(key(w), n - 1);
                score++;
            }
        }
        return score;
    }

    /** A word as compared for "nearest": case and surrounding punctuation do not count. */
    private static String key(String word) {
        return word.toLowerCase(Locale.ROOT).replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
    }
}
