package news.explainer.render.view;

import java.util.List;

/**
 * One disputed point in detail: the editors' account, the flags, and every outlet's answer with all its words.
 *
 * @param claim the claim this point settles; all its fields are "" when it settles none
 * @param byArticle whether every article has a section, as in a story of a few; in a story of more articles than
 *     the explainer shows one by one, only those that report the point have one, and the others are counted
 * @param notReported the articles that do not report the point, counted; {@link Counted#NONE} when {@code byArticle}
 * @param unchecked the articles the editors have not answered for yet, counted likewise
 */
public record PointPage(PageMeta page, ComparisonView point, int position, int of, Claim claim, boolean byArticle,
        Counted notReported, Counted unchecked) {

    /** Some of the articles: how many ("6,400 articles", or "" for none), and how many from each outlet. */
    public record Counted(String articles, List<OutletCount> outlets) {

        public static final Counted NONE = new Counted("", List.of());
    }

    /**
     * A claim, who made it and when, and what the articles show about it.
     *
     * @param date as readers read it; {@code dateIso} for {@code <time datetime>}
     */
    public record Claim(String text, String by, String byHref, String date, String dateIso, String rating,
            String verdict) {

        public static final Claim NONE = new Claim("", "", "", "", "", "", "");
    }
}
