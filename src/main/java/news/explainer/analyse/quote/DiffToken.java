package news.explainer.analyse.quote;

/**
 * One word of a comparison between two variants of a quote.
 *
 * @param kind {@code "same"}, {@code "added"} (only in the variant) or {@code "removed"} (only in the fullest)
 */
public record DiffToken(String text, String kind) {

    public static final String SAME = "same";
    public static final String ADDED = "added";
    public static final String REMOVED = "removed";
}
