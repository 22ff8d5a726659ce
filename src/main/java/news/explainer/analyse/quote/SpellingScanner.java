package news.explainer.analyse.quote;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds whole-word occurrences of people's spellings. The matches are those of the regular expression
 * {@code (?<![\p{L}\p{N}])(?:s1|s2|…)(?![\p{L}\p{N}])} with the spellings longest first (then in natural order),
 * but at each word start only the spellings beginning with its character are tried: with dozens of people the
 * expression tries every spelling at every position, and it was the biggest cost of attribution. The expression
 * itself is used for texts with characters outside the Basic Multilingual Plane, and when a spelling is empty,
 * where the two could part.
 */
final class SpellingScanner {
    /** A spelling found at {@code [start, end)}. */
    record Hit(int start, int end) {}

    private final Pattern pattern;
    private final Map<Character, List<String>> byFirst = new HashMap<>();
    /** The characters some spelling begins with: most places in a text are passed over on this test alone. */
    private final BitSet firsts = new BitSet(Character.MAX_VALUE + 1);
    private final boolean patternOnly;

    SpellingScanner(Collection<String> spellings) {
        List<String> ordered = spellings.stream().sorted(Comparator.comparingInt(String::length).reversed()
                .thenComparing(Comparator.naturalOrder())).toList();
        this.pattern = Pattern.compile("(?<![\\p{L}\\p{N}])(?:"
                + ordered.stream().map(Pattern::quote).collect(Collectors.joining("|")) + ")(?![\\p{L}\\p{N}])");
        this.patternOnly = ordered.stream().anyMatch(s -> s.isEmpty() || hasSurrogate(s));
        for (String s : ordered) {
            if (!s.isEmpty()) {
                byFirst.computeIfAbsent(s.charAt(0), c -> new ArrayList<>()).add(s);
                firsts.set(s.charAt(0));
            }
        }
    }

    List<Hit> find(String text) {
        if (patternOnly || hasSurrogate(text)) {
            List<Hit> hits = new ArrayList<>();
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                hits.add(new Hit(m.start(), m.end()));
            }
            return hits;
        }
        List<Hit> hits = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int end = matchAt(text, i);
            if (end >= 0) {
                hits.add(new Hit(i, end));
                i = end;
            } else {
                i++;
            }
        }
        return hits;
    }

    /** Looked for with a loop: a stream over the characters cost more than the search itself. */
    private static boolean hasSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isSurrogate(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The end of the first spelling, in the expression's order, that stands as a whole word at {@code i}. */
    private int matchAt(String text, int i) {
        if (!firsts.get(text.charAt(i))) {
            return -1;
        }
        List<String> candidates = byFirst.get(text.charAt(i));
        if (candidates == null || (i > 0 && isWordChar(text.charAt(i - 1)))) {
            return -1;
        }
        for (String s : candidates) {
            int end = i + s.length();
            if (text.startsWith(s, i) && (end == text.length() || !isWordChar(text.charAt(end)))) {
                return end;
            }
        }
        return -1;
    }

    /** {@code [\p{L}\p{N}]}: a letter, or a number of any kind (not only decimal digits). */
    private static boolean isWordChar(char c) {
        return Words.isLetterOrNumber(c);
    }
}
