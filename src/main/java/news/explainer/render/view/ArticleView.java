package news.explainer.render.view;

/**
 * An article as pages list it, with hrefs already relative to the page that shows it.
 *
 * @param headline the headline, or the article's first words when {@code hasHeadline} is false
 * @param published the publication date for readers ("Thursday 29 January 2026"), or "" when unknown
 * @param publishedIso the same date as {@code YYYY-MM-DD}, for {@code <time datetime>}
 * @param datelineAsGiven the date the file itself carries, exactly as written, or ""
 * @param dateCorrection the editor's reason when the published date differs from the file's, or ""
 */
public record ArticleView(
        String id,
        String href,
        String outlet,
        boolean outletNamed,
        String headline,
        boolean hasHeadline,
        String published,
        String publishedIso,
        String datelineAsGiven,
        String dateCorrection,
        String byline,
        String url,
        String originalHref) {}
