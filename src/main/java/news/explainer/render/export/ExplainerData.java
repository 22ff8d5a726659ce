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
        List<QuoteData> quotes,
        List<ClusterData> quoteClusters,
        List<TimelineData> timeline,
        List<ComparisonData> comparisons) {

    public static final int VERSION = 1;

    /** The story: title, summary, the window of days it covers (YYYY-MM-DD, or null) and its updates, newest first. */
    public record StoryData(String title, String summary, String windowStart, String windowEnd,
            List<UpdateData> updates) {}

    /** One editorial update: when, and what changed (Markdown). */
    public record UpdateData(String date, String note) {}

    /** A claim a comparison point settles: who made it, when, and what the articles show. */
    public record ClaimData(String text, String by, String date, String rating, String verdict) {}

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

    /**
     * A passage quoted from an article as evidence.
     *
     * @param text the words as they stand in the article
     * @param start byte offset of the passage in the original article file
     * @param end byte offset just past the passage
     * @param anchor the fragment id marking the passage on {@code sources/<article>.html}
     */
    public record EvidenceData(String text, int start, int end, String anchor) {}

    /** An article cited for a timeline event, with its evidence. */
    public record SourceData(String article, List<EvidenceData> evidence) {}

    /**
     * One event. {@code date} is when it happened (YYYY-MM-DD), not when it was reported; {@code time} (HH:MM) and
     * {@code timezone} are null unless an article gives them; {@code background} marks earlier events.
     */
    public record TimelineData(String id, String date, String time, String timezone, String title, boolean background,
            List<SourceData> sources) {}

    /**
     * One article's answer to a comparison point. {@code status} is {@code reported} or {@code not-reported}.
     */
    public record AnswerData(String article, String answer, String status, List<EvidenceData> evidence) {}

    /**
     * One disputed point. {@code discrepancies} lists figures of one kind (temperature, date, duration, or the end
     * of a period told as a date or as a length) that differ between outlets, found automatically in the evidence;
     * {@code claim} is the claim the point settles, or null.
     */
    public record ComparisonData(String id, String question, List<AnswerData> answers,
            List<DiscrepancyData> discrepancies, ClaimData claim) {}

    /** Distinct values of one kind of figure, each with the articles that give it. */
    public record DiscrepancyData(String kind, List<ValueData> values) {}

    /** One value ("-20 °C"), the articles giving it, and their words. */
    public record ValueData(String value, List<String> articles, List<String> asWritten) {}

    /**
     * A direct quote. {@code text} is the words inside the quotation marks, verbatim; {@code start} and {@code end}
     * are byte offsets of those words in the original article file; {@code speaker} is a person id, or null when
     * the text does not say who spoke; {@code attributedBy} says who established the speaker ({@code "text"}: the
     * article's own words, {@code "editor"}: an annotation in {@code quotes/}, with its {@code editorNote}; null
     * when unattributed); {@code fragment} marks scare quotes and short fragments.
     */
    public record QuoteData(String id, String article, String speaker, String attributedBy, String editorNote,
            String text, boolean fragment, String cluster, int start, int end) {}

    /** The quotes of one utterance across outlets, the fullest first; {@code speaker} as in {@link QuoteData}. */
    public record ClusterData(String id, String speaker, List<String> quotes) {}

    /** One person: the name readers see, the other spellings the articles use, and the role. */
    public record PersonData(String id, String name, List<String> aliases, String role) {}
}
