package news.explainer.problem;

import java.util.List;
import java.util.Locale;

/**
 * The ids a message is about, shortened: a big story's warning about thousands of articles names a few of them and
 * counts the rest, so that it stays one line among the others instead of burying them.
 */
public final class Named {
    /** How many ids a message names before it counts the rest. */
    static final int AT_MOST = 5;

    private Named() {}

    /** {@code 'a' and 'b'}; {@code 'a', 'b', 'c', 'd', 'e' and 3 more}. Never empty: {@code ids} has one at least. */
    public static String shortened(List<String> ids) {
        List<String> named = ids.subList(0, Math.min(ids.size(), AT_MOST)).stream().map(id -> "'" + id + "'").toList();
        int more = ids.size() - named.size();
        if (more > 0) {
            return String.join(", ", named) + " and " + count(more) + " more";
        }
        return named.size() == 1 ? named.get(0)
                : String.join(", ", named.subList(0, named.size() - 1)) + " and " + named.get(named.size() - 1);
    }

    /** A count as a message gives it: 6,400. */
    public static String count(int n) {
        return String.format(Locale.UK, "%,d", n);
    }
}
