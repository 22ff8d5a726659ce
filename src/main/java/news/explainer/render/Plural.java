package news.explainer.render;

/** "1 outlet", "5 outlets": counts as readers read them. */
public final class Plural {
    private Plural() {}

    /** The count and the noun, with an s when the count is not one (the nouns used here all take an s). */
    public static String of(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
