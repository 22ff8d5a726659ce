package news.explainer.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Which of an article's blocks each stretch of its text (a quote, a cited passage) touches. Blocks are in text order
 * and do not overlap, so the first block a stretch touches is found by a binary search, and the work grows with the
 * blocks plus the stretches, not with their product: an article of a megabyte holds thousands of each.
 */
public final class BlockSpans {
    private BlockSpans() {}

    /**
     * For each block, in order, the stretches {@code [from, to)} that share a character with it, in the stretches'
     * order.
     *
     * @param blocks in text order, not overlapping (an article's blocks, or its text blocks)
     */
    public static <T> List<List<T>> perBlock(List<Block> blocks, List<T> spans, ToIntFunction<T> from,
            ToIntFunction<T> to) {
        List<List<T>> out = new ArrayList<>(blocks.size());
        for (int b = 0; b < blocks.size(); b++) {
            out.add(new ArrayList<>(0));
        }
        for (T span : spans) {
            int end = to.applyAsInt(span);
            for (int b = firstEndingAfter(blocks, from.applyAsInt(span)); b < blocks.size()
                    && blocks.get(b).start() < end; b++) {
                out.get(b).add(span);
            }
        }
        return out;
    }

    /** The first block that ends after {@code offset}, that is, holds it or lies beyond it. */
    private static int firstEndingAfter(List<Block> blocks, int offset) {
        int low = 0;
        int high = blocks.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (blocks.get(mid).end() <= offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
