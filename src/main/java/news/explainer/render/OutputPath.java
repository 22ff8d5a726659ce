package news.explainer.render;

/** Where each kind of page lives in the site: one place, so links and files always agree. */
public final class OutputPath {
    public static final String INDEX = "index.html";
    public static final String PEOPLE = "people/index.html";
    public static final String SOURCES = "sources/index.html";
    public static final String QUOTES = "quotes/index.html";
    public static final String TIMELINE = "timeline/index.html";
    public static final String DATA = "data/explainer.json";
    public static final String SHARE_IMAGE = "share.png";
    public static final String FEED = news.explainer.render.publish.AtomFeed.PATH;

    private OutputPath() {}

    /** A page's absolute address under a base URL: a folder's {@code index.html} is addressed as the folder. */
    public static String address(String baseUrl, String path) {
        return baseUrl + path.replaceFirst("(^|/)index\\.html$", "$1");
    }

    public static String source(String articleId) {
        return "sources/" + articleId + ".html";
    }

    public static String original(String articleId) {
        return "sources/" + articleId + ".txt";
    }

    public static String point(String comparisonId) {
        return "points/" + comparisonId + ".html";
    }

    public static String person(String personId) {
        return "people/" + personId + ".html";
    }
}
