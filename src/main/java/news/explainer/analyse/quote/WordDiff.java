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
        return diff(new Written(fullest), new Written(variant));
    }

    /**
     * The variant compared with the stretch of the fullest that it quotes. A variant that quotes part of an
     * utterance is lined up with the part it quotes, even when the speaker said those words twice (the closest of
     * the repeats wins), and the fullest's words before and after that part are left out, only flagged as cut.
     */
    public Part diffWithin(String fullest, String variant) {
        Written from = new Written(fullest);
        Written to = new Written(variant);
        Part best = part(diff(from, to), false);
        if (to.words.isEmpty()) {
            return best;
        }
        List<String> opening = to.forms.get(0);
        for (int i = 1; i < from.words.size() && !opening.isEmpty(); i++) {
            if (from.forms.get(i).equals(opening)) {
                Part candidate = part(diff(from.from(i), to), true);
                if (candidate.changes() < best.changes()) {
                    best = candidate;
                }
            }
        }
        return best;
    }

    /**
     * A variant compared with part of the fullest.
     *
     * @param tokens from the first word the two share to the last, with the differences between
     * @param cutBefore true when the fullest has words before that part
     * @param cutAfter true when the fullest has words after it
     */
    public record Part(List<DiffToken> tokens, boolean cutBefore, boolean cutAfter) {

        public Part {
            tokens = List.copyOf(tokens);
        }

        int changes() {
            return (int) tokens.stream().filter(t -> !t.kind().equals(DiffToken.SAME)).count();
        }
    }

    private static Part part(List<DiffToken> tokens, boolean startsLater) {
        int first = 0;
        int last = tokens.size();
        while (first < last && tokens.get(first).kind().equals(DiffToken.REMOVED)) {
            first++;
        }
        while (last > first && tokens.get(last - 1).kind().equals(DiffToken.REMOVED)) {
            last--;
        }
        return new Part(tokens.subList(first, last), startsLater || first > 0, last < tokens.size());
    }

    /**
     * A wording's words as written and, for each, its form as matching sees it: worked out once per wording, not at
     * every comparison (a part-quote is compared once for each place its first word recurs).
     */
    private record Written(List<String> words, List<List<String>> forms) {
        Written(String text) {
            this(Words.asWritten(text));
        }

        private Written(List<String> words) {
            this(words, words.stream().map(Words::of).toList());
        }

        Written from(int index) {
            return new Written(words.subList(index, words.size()), forms.subList(index, forms.size()));
        }
    }

    private static List<DiffToken> diff(Written from, Written to) {
        Patch<List<String>> patch = DiffUtils.diff(from.forms, to.forms);
        List<DiffToken> out = new ArrayList<>();
        int next = 0; // the next unconsumed word of the variant
        for (AbstractDelta<List<String>> delta : patch.getDeltas()) {
            next = same(to.words, next, delta.getTarget().getPosition(), out);
            int removed = delta.getSource().getPosition();
            from.words.subList(removed, removed + delta.getSource().size())
                    .forEach(w -> out.add(new DiffToken(w, DiffToken.REMOVED)));
            to.words.subList(next, next + delta.getTarget().size())
                    .forEach(w -> out.add(new DiffToken(w, DiffToken.ADDED)));
            next += delta.getTarget().size();
        }
        same(to.words, next, to.words.size(), out);
        return out;
    }

    private static int same(List<String> words, int from, int to, List<DiffToken> out) {
        for (int i = from; i < to; i++) {
            out.add(new DiffToken(words.get(i), DiffToken.SAME));
        }
        return to;
    }
}
