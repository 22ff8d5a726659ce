package news.explainer.model;

/** What a stretch of an article file is, as a reader would tell at a glance. */
public enum BlockRole {
    /** The article's headline, the first line of some files. */
    HEADLINE,
    /** A {@code date YYYY-MM-DD} header written by whoever saved the file. */
    DATE_HEADER,
    /** Who wrote it, sometimes fused with a date: {@code Yuliya TalmazanJanuary 31, 2026 at 1:02 AM}. */
    BYLINE,
    /** A subheading inside the story. */
    HEADING,
    /** Body text: the only part that quotes and evidence come from. */
    PARAGRAPH,
    /** A photo caption with its credit. */
    CAPTION,
    /** Page furniture: a repeated title, related links, source trailers, copyright and contributor lines. */
    BOILERPLATE;

    /** True for the story's own words: what readers read and what editors may cite. */
    public boolean isText() {
        return this == PARAGRAPH || this == HEADING;
    }
}
