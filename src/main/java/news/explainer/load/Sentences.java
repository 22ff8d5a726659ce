package news.explainer.load;

import java.util.Set;

/**
 * Where sentences start, for text whose paragraphs were run together when it was saved. No library sentence
 * splitter handles {@code winter.Temperatures} (no space at all) or keeps {@code Jan. 29} whole, so these few rules
 * are written out.
 */
final class Sentences {
    /** Words that end with a full stop without ending a sentence: {@code Thursday, Jan. 29, 2026, in Washington}. */
    private static final Set<String> ABBREVIATIONS = Set.of(
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "mr", "mrs", "ms", "dr", "st", "gen", "col", "lt", "sgt", "capt", "sen", "rep", "gov", "prof",
            "jr", "sr", "no", "vs", "etc", "inc", "co", "corp", "u.s", "u.k", "u.n", "e.u");

    private Sentences() {}

    /**
     * True when a new sentence starts at {@code p} with no space before it, as in {@code conditions.His},
     * {@code cold.”He} or {@code that”.“A}: the saved text lost a paragraph break there.
     */
    static boolean isGluedStart(String t, int p, int floor) {
        if (p - 2 < floor || p >= t.length()) {
            return false;
        }
        char last = t.charAt(p - 1);
        if (!isTerminator(last) && !isClosingQuote(last)) { // asked at every character: the cheapest test first
            return false;
        }
        char next = t.charAt(p);
        if (!Character.isUpperCase(next) && next != '“') {
            return false;
        }
        int q = p - 1;
        if (isClosingQuote(t.charAt(q))) {
            q--;
        } else if (isTerminator(t.charAt(q)) && isClosingQuote(t.charAt(q - 1))) {
            return true;
        }
        if (q - 1 < floor || !isTerminator(t.charAt(q))) {
            return false;
        }
        char before = t.charAt(q - 1);
        return Character.isLowerCase(before) || Character.isDigit(before) || before == ')';
    }

    /**
     * The start of the sentence that ends just before {@code end}, looking no further back than {@code floor}.
     * Used to find where a photo caption begins when the caption sits inside a paragraph.
     */
    static int sentenceStartBefore(String t, int floor, int end) {
        int i = end - 1;
        while (i > floor && Character.isWhitespace(t.charAt(i))) {
            i--;
        }
        // i is now on the caption's own final stop; the boundary we want lies before it.
        for (int p = i - 1; p > floor; p--) {
            if (isGluedStart(t, p, floor) || isSpacedStart(t, p, floor)) {
                return p;
            }
        }
        return floor;
    }

    /** True when a sentence starts at {@code p} after a stop and a space: {@code the proposal. Firefighters}. */
    private static boolean isSpacedStart(String t, int p, int floor) {
        if (!Character.isUpperCase(t.charAt(p)) || p - 2 < floor || !isSpace(t.charAt(p - 1))) {
            return false;
        }
        int q = p - 1;
        while (q > floor && isSpace(t.charAt(q))) {
            q--;
        }
        if (isClosingQuote(t.charAt(q))) {
            q--;
        }
        return q > floor && isTerminator(t.charAt(q)) && !endsWithAbbreviation(t, floor, q);
    }

    private static boolean endsWithAbbreviation(String t, int floor, int stop) {
        int start = stop;
        while (start > floor && !isSpace(t.charAt(start - 1))) {
            start--;
        }
        String word = t.substring(start, stop).toLowerCase(java.util.Locale.ROOT);
        boolean initial = word.length() == 1 && Character.isLetter(word.charAt(0));
        return initial || ABBREVIATIONS.contains(word);
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0';
    }

    private static boolean isTerminator(char c) {
        return c == '.' || c == '!' || c == '?';
    }

    private static boolean isClosingQuote(char c) {
        return c == '”' || c == '"' || c == '’';
    }
}
