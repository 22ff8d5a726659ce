package news.explainer.analyse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The matches of an expression that can only begin where one of a few given words begins, such as a pronoun or
 * {@code the}. {@link Matcher#find()} would try the expression at every character of every paragraph, each try
 * costing a word-boundary test; this tries it only where one of the words stands, and finds the same matches.
 */
public final class WordStarts {
    private final Pattern pattern;
    private final List<String> words;
    /**
     * The expression begins with {@code \b} and every word with an ASCII letter, digit or underscore: a word standing
     * right after one of those ({@code he} in {@code the}) is then not tried, as the boundary cannot be there. Most
     * places where a short word stands are inside longer words. Not for a word beginning with another letter: since
     * Java 19, {@code \b} knows only ASCII's word characters, and there is one in {@code xé}.
     */
    private final boolean startsAtBoundary;
    /**
     * Words in lower case, one of which every match holds, in any mix of ASCII cases; none means no such word. Past
     * the last of them in a paragraph, nothing more is tried: {@code the} is common, {@code the US president} rare.
     */
    private final List<String> held;

    /** @param words every match of {@code pattern} begins with one of these */
    public WordStarts(Pattern pattern, List<String> words) {
        this(pattern, words, List.of());
    }

    /**
     * @param words every match of {@code pattern} begins with one of these
     * @param held every match holds one of these words, in lower case, written in any mix of ASCII upper and
     *     lower case (as {@code (?i:…)} without {@code UNICODE_CASE} matches them)
     */
    public WordStarts(Pattern pattern, List<String> words, List<String> held) {
        this.pattern = pattern;
        this.words = List.copyOf(words);
        this.held = List.copyOf(held);
        this.startsAtBoundary = pattern.pattern().startsWith("\\b") && pattern.flags() == 0
                && words.stream().allMatch(w -> !w.isEmpty() && isAsciiWordChar(w.charAt(0)));
    }

    /** Every match, as {@link Matcher#find()} would give them one after the other. */
    public List<MatchResult> in(String text) {
        return matches(text, Integer.MAX_VALUE);
    }

    /** Whether the expression matches anywhere in the text: stops at the first match. */
    public boolean anyIn(String text) {
        return !matches(text, 1).isEmpty();
    }

    private List<MatchResult> matches(String text, int most) {
        // Transparent bounds: a word boundary at the start of the region still sees the character before it.
        Matcher matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        List<MatchResult> out = new ArrayList<>();
        int[] next = new int[words.size()]; // where each word next stands, or -1
        for (int w = 0; w < next.length; w++) {
            next[w] = text.indexOf(words.get(w));
        }
        String lowered = null; // looked for only once a word stands
        int[] nextHeld = new int[held.size()]; // where each held word next stands, or -1
        for (int from = 0, at; out.size() < most && (at = nextStart(text, from, next)) >= 0; ) {
            if (!held.isEmpty()) {
                if (lowered == null) {
                    lowered = lowerAscii(text);
                    for (int w = 0; w < nextHeld.length; w++) {
                        nextHeld[w] = lowered.indexOf(held.get(w));
                    }
                }
                if (nextStart(lowered, held, at, nextHeld) < 0) {
                    break; // no held word from here on: no match can start here or later
                }
            }
            if (startsAtBoundary && at > 0 && isAsciiWordChar(text.charAt(at - 1))) {
                from = at + 1;
                continue;
            }
            matcher.region(at, text.length());
            if (matcher.lookingAt()) {
                out.add(matcher.toMatchResult());
                from = Math.max(matcher.end(), at + 1);
            } else {
                from = at + 1;
            }
        }
        return out;
    }

    /** The text with A to Z in lower case, and every other character as it is: same length, same places. */
    private static String lowerAscii(String text) {
        char[] lowered = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                if (lowered == null) {
                    lowered = text.toCharArray();
                }
                lowered[i] = (char) (c + ('a' - 'A'));
            }
        }
        return lowered == null ? text : new String(lowered);
    }

    private static boolean isAsciiWordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }

    /**
     * The first place at or after {@code from} where one of the words stands. A word is searched for again only once
     * its last place is passed: the text is read once per word, not once per candidate.
     */
    private int nextStart(String text, int from, int[] next) {
        return nextStart(text, words, from, next);
    }

    private static int nextStart(String text, List<String> words, int from, int[] next) {
        int first = -1;
        for (int w = 0; w < next.length; w++) {
            if (next[w] >= 0 && next[w] < from) {
                next[w] = text.indexOf(words.get(w), from);
            }
            if (next[w] >= 0 && (first < 0 || next[w] < first)) {
                first = next[w];
            }
        }
        return first;
    }
}
