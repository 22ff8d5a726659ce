package news.explainer.render.view;

/**
 * One disputed point in detail: the editors' account, the flags, and every outlet's answer with all its words.
 *
 * @param claim the claim this point settles; all its fields are "" when it settles none
 */
public record PointPage(PageMeta page, ComparisonView point, int position, int of, Claim claim) {

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
