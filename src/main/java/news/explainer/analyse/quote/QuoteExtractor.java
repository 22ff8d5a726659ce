package news.explainer.analyse.quote;

import java.util.ArrayList;
import java.util.List;
import news.explainer.model.Block;

/**
 * Finds double-quoted passages in an article's text blocks. Single quotes are never quote marks here: the same
 * character is an apostrophe ({@code Don’t}) and, in HuffPost UK's text, an opening quote inside a quote
 * ({@code “A lot of people said, ’Don’t waste the call.}), so single quotes stay part of the words around them.
 *
 * <p>A paragraph that ends inside a quote, followed by a paragraph that opens with a quote mark, is one quote over
 * both paragraphs (the newspaper convention). A curly quote left open at a paragraph's end with no such follow-up
 * runs to the paragraph's end; a straight one is dropped, since a stray {@code "} is more often an inch sign or a
 * typo than speech.
 */
final class QuoteExtractor {

    /**
     * A quote as found, before anyone is said to have said it.
     *
     * @param open offset of the opening mark
     * @param close offset of the closing mark, or of the paragraph's end when it was never closed
     * @param firstBlock index into the text blocks of the paragraph holding the opening mark
     * @param lastBlock index of the paragraph holding the closing mark
     */
    record Found(int open, int start, int end, int close, int firstBlock, int lastBlock) {}

    List<Found> extract(List<Block> blocks) {
        List<Found> found = new ArrayList<>();
        int open = -1;
        int firstBlock = -1;
        boolean straight = false;
        for (int b = 0; b < blocks.size(); b++) {
            String text = blocks.get(b).text();
            int base = blocks.get(b).start();
            int i = 0;
            if (open >= 0) {
                i = firstNonSpace(text) + 1; // skip the re-opening mark of a continued quote
            }
            for (; i < text.length(); i++) {
                char c = text.charAt(i);
                if (open < 0 && opens(text, i)) {
                    open = base + i;
                    firstBlock = b;
                    straight = c == '"';
                } else if (open >= 0 && (c == '”' || c == '"')) {
                    add(found, blocks, open, base + i, firstBlock, b);
                    open = -1;
                }
            }
            if (open >= 0 && !continuesIn(blocks, b + 1)) {
                if (!straight) {
                    add(found, blocks, open, base + text.length(), firstBlock, b);
                }
                open = -1;
            }
        }
        return found;
    }

    private static void add(List<Found> found, List<Block> blocks, int open, int close, int first, int last) {
        String all = joined(blocks, first, last);
        int offset = blocks.get(first).start();
        int start = open + 1;
        int end = close;
        while (start < end && Character.isWhitespace(all.charAt(start - offset))) {
            start++;
        }
        while (end > start && Character.isWhitespace(all.charAt(end - 1 - offset))) {
            end--;
        }
        if (all.substring(start - offset, end - offset).codePoints().anyMatch(Character::isLetterOrDigit)) {
            found.add(new Found(open, start, end, close, first, last));
        }
    }

    /** The blocks' text from the first to the last, with the gaps between them as spaces, offsets kept. */
    private static String joined(List<Block> blocks, int first, int last) {
        StringBuilder out = new StringBuilder();
        int offset = blocks.get(first).start();
        for (int b = first; b <= last; b++) {
            while (out.length() < blocks.get(b).start() - offset) {
                out.append(' ');
            }
            out.append(blocks.get(b).text());
        }
        return out.toString();
    }

    private static boolean continuesIn(List<Block> blocks, int next) {
        if (next >= blocks.size()) {
            return false;
        }
        String text = blocks.get(next).text();
        int first = firstNonSpace(text);
        return first < text.length() && opens(text, first);
    }

    /** {@code “} always opens; {@code "} opens after a space or bracket and before a word. */
    static boolean opens(String text, int i) {
        char c = text.charAt(i);
        if (c == '“') {
            return true;
        }
        if (c != '"' || i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1))) {
            return false;
        }
        return i == 0 || Character.isWhitespace(text.charAt(i - 1)) || "([{—–-/".indexOf(text.charAt(i - 1)) >= 0;
    }

    private static int firstNonSpace(String text) {
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
