package news.explainer.analyse.quote;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;

/**
 * Word-by-word differences between a variant of a quote and the fullest variant of its cluster. Words are compared
 * as matching sees them ({@code favourable} = {@code favorable}, {@code “And} = {@code And}), and shown as written.
 * The only class that knows java-diff-utils.
 */
public final class WordDiff {

    /** The variant's words, marked same or added, with the fullest's missing words in place, marked removed. */
    public List<DiffToken> diff(String fullest, String variant) {
        List<String> from = Words.asWritten(fullest);
        List<String> to = Words.asWritten(variant);
        Patch<String> patch = DiffUtils.diff(from, to, (a, b) -> Words.of(a).equals(Words.of(b)));
        List<DiffToken> out = new ArrayList<>();
        int next = 0; // the next unconsumed word of the variant
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            next = same(to, next, delta.getTarget().getPosition(), out);
            delta.getSource().getLines().forEach(w -> out.add(new DiffToken(w, DiffToken.REMOVED)));
            delta.getTarget().getLines().forEach(w -> out.add(new DiffToken(w, DiffToken.ADDED)));
            next += delta.getTarget().size();
        }
        same(to, next, to.size(), out);
        return out;
    }

    private static int same(List<String> words, int from, int to, List<DiffToken> out) {
        for (int i = from; i < to; i++) {
            out.add(new DiffToken(words.get(i), DiffToken.SAME));
        }
        return to;
    }
}
