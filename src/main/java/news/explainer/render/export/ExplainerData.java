package news.explainer.render.export;

import java.util.List;

/**
 * The data export, {@code site/data/explainer.json}: everything the pages show, for other tools and newsrooms.
 * A contract: field names and meanings are documented in {@code content/README.md}; add fields, never rename.
 */
public record ExplainerData(
        int version,
        StoryData story,
        List<ArticleData> articles,
        List<PersonData> people,
        List<Object> quotes,
        List<Object> quoteClusters,
        List<Object> timeline,
        List<Object> comparisons) {

    public static final int VERSION = 1;

    /** The story: title, summary and the window of days it covers (YYYY-MM-DD, or null). */
    public record StoryData(String title, String summary, String windowStart, String windowEnd) {}

    /**
     * One source article.
     *
     * @param file the article file's name in {@code content/articles/}
     * @param title the headline, or null when neither the file nor its annotation gives one
     * @param published the publication date as editors established it (YYYY-MM-DD), or null
     * @param datelineAsGiven the date the file itself carries, exactly as written, or null
     * @param dateCorrection why {@code published} differs from the file's own date, or null
     */
    public record ArticleData(
            String id,
            String file,
            String outlet,
            boolean outletNamed,
            String title,
            String published,
            String datelineAsGiven,
            String dateCorrection,
            String byline,
            String url) {}

    /** One person: the name readers see, the other spellings the articles use, and the role. */
    public record PersonData(String id, String name, List<String> aliases, String role) {}
}
