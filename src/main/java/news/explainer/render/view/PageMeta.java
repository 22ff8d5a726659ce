package news.explainer.render.view;

/**
 * What the shared layout needs to know about every page.
 *
 * @param path the page's site-relative path, such as {@code sources/cnn.html}
 * @param root the relative prefix back to the site root ({@code ""} or {@code "../"})
 * @param section which navigation entry is the current one
 * @param canonical the absolute URL, when the story gives a base URL; otherwise empty
 */
public record PageMeta(
        String path,
        String title,
        String description,
        String root,
        String language,
        String siteTitle,
        String section,
        String canonical) {}
