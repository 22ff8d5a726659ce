package news.explainer.analyse.quote;

import java.util.ArrayList;
import java.util.List;
import news.explainer.model.Block;
import news.explainer.model.BlockSpans;

/**
 * A paragraph with its quotes blanked out ({@code §}), so that names and verbs inside a quote are never read as the
 * frame around it: in {@code “As President Trump said, …,” a spokesperson said} Trump is not the speaker.
 * A quote's final {@code . ! ?} is kept, because it ends the reporter's sentence too:
 * {@code Zelensky said such “… ending the war.” And Trump’s Special Envoy Steve Witkoff expressed …}.
 */
final class Masked {
    static final char BLANK = '§';

    private Masked() {}

    /**
     * Every block masked, in order, each with the quotes whose marks touch it: masking each block with all the
     * article's quotes took time in the product of the two, a second for one article of a megabyte.
     */
    static List<String> all(List<Block> blocks, List<QuoteExtractor.Found> quotes) {
        // From the open mark to the close mark, both included: the close of a quote never closed is the end of its
        // block, and so reaches the first character of a block glued right after it, as it always has.
        List<List<QuoteExtractor.Found>> touching =
                BlockSpans.perBlock(blocks, quotes, QuoteExtractor.Found::open, q -> q.close() + 1);
        List<String> masked = new ArrayList<>(blocks.size());
        for (int b = 0; b < blocks.size(); b++) {
            masked.add(of(blocks.get(b), touching.get(b)));
        }
        return masked;
    }

    static String of(Block block, List<QuoteExtractor.Found> quotes) {
        if (quotes.isEmpty()) { // most blocks: nothing to blank, and no copy to make
            return block.text();
        }
        char[] chars = block.text().toCharArray();
        int base = block.start();
        for (QuoteExtractor.Found q : quotes) {
            int from = Math.max(q.open(), base) - base;
            int to = Math.min(q.close(), base + chars.length - 1) - base;
            for (int i = from; i <= to && i < chars.length; i++) {
                chars[i] = BLANK;
            }
            int last = lastWordChar(block.text(), q.start() - base, q.end() - base);
            if (last >= 0 && last < chars.length && ".!?".indexOf(block.text().charAt(last)) >= 0) {
                chars[last] = block.text().charAt(last);
            }
        }
        return new String(chars);
    }

    /** The last character of the quote's words that is not itself a closing mark, or -1 outside the block. */
    private static int lastWordChar(String text, int start, int end) {
        int i = Math.min(end, text.length()) - 1;
        while (i >= Math.max(start, 0) && "’‘'\"”)".indexOf(text.charAt(i)) >= 0) {
            i--;
        }
        return i >= Math.max(start, 0) ? i : -1;
    }
}
