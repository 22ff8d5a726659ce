package news.explainer.render;

import java.util.Locale;

/** "1 outlet", "5 outlets", "10,000 articles": counts as readers read them. */
public final class Plural {
    private Plural() {}

    /** The count and the noun, with an s when the count is not one (the nouns used here all take an s). */
    public static String of(long count, String noun) {
        return count(count) + " " + noun + (count == 1 ? "" : "s");
    }

    /** The count with its thousands grouped, as British English prints them: "10,000". */
    public static String count(long count) {
        // Most counts are below a thousand; the formatter, asked for each quote's label, is slow at it.
        return Math.abs(count) < 1000 ? Long.toString(count) : String.format(Locale.UK, "%,d", count);
    }
}
