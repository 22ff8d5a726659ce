package news.explainer.render.view;

import java.util.List;

/**
 * What the shared layout needs to know about every page.
 *
 * @param path the page's site-relative path, such as {@code sources/cnn.html}
 * @param root the relative prefix back to the site root ({@code ""} or {@code "../"})
 * @param section which navigation entry is the current one
 * @param canonical the absolute URL, when the story gives a base URL; otherwise empty
 * @param ogType {@code article} for the explainer, {@code website} for the other pages
 * @param ogLocale the language as Open Graph writes it ({@code en_GB})
 * @param image the share image: an absolute URL with a base URL, else relative to the page
 * @param imageAlt what the share image shows
 * @param feedHref the Atom feed, relative to the page, or "" when the story has none
 * @param jsonLd structured data for this page, already escaped for a script element, or ""
 * @param sections the sections this site has pages for ("quotes", "timeline", "people"), for the navigation
 */
public record PageMeta(
        String path,
        String title,
        String description,
        String root,
        String language,
        String siteTitle,
        String section,
        String canonical,
        String ogType,
        String ogLocale,
        String image,
        String imageAlt,
        String feedHref,
        String jsonLd,
        List<String> sections) {

    public PageMeta withJsonLd(String json) {
        return new PageMeta(path, title, description, root, language, siteTitle, section, canonical, ogType, ogLocale,
                image, imageAlt, feedHref, json, sections);
    }
}
