package news.explainer.render.publish;

import java.util.List;
import news.explainer.render.OutputPath;

/**
 * {@code sitemap.xml} and {@code robots.txt}, made only when the story gives a base URL: a sitemap must list
 * absolute URLs, and we never guess where a host will put the site. Pages keep relative links either way.
 */
public final class Sitemap {
    public static final String PATH = "sitemap.xml";
    public static final String ROBOTS = "robots.txt";

    private final String baseUrl;

    public Sitemap(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** @param pages the pages' site-relative paths, in the order to list them */
    public String xml(List<String> pages) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String page : pages) {
            xml.append("  <url><loc>").append(Xml.escape(url(page))).append("</loc></url>\n");
        }
        return xml.append("</urlset>\n").toString();
    }

    public String robots() {
        return "User-agent: *\nAllow: /\nSitemap: " + url(PATH) + "\n";
    }

    private String url(String path) {
        return OutputPath.address(baseUrl, path);
    }
}
