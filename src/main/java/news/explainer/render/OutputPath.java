package news.explainer.render;

import java.util.Optional;

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

    private static final String ORIGINALS = "sources/";
    private static final String ORIGINAL_EXTENSION = ".txt";

    private OutputPath() {}

    /** A page's absolute address under a base URL: a folder's {@code index.html} is addressed as the folder. */
    public static String address(String baseUrl, String path) {
        return baseUrl + path.replaceFirst("(^|/)index\\.html$", "$1");
    }

    public static String source(String articleId) {
        return "sources/" + articleId + ".html";
    }

    public static String original(String articleId) {
        return ORIGINALS + articleId + ORIGINAL_EXTENSION;
    }

    /** The article id whose original {@link #original} puts at {@code path}, if it is such a path. */
    static Optional<String> originalOf(String path) {
        boolean original = path.startsWith(ORIGINALS) && path.endsWith(ORIGINAL_EXTENSION)
                && path.length() > ORIGINALS.length() + ORIGINAL_EXTENSION.length()
                && path.indexOf('/', ORIGINALS.length()) < 0;
        return original ? Optional.of(path.substring(ORIGINALS.length(), path.length() - ORIGINAL_EXTENSION.length()))
                : Optional.empty();
    }

    public static String point(String comparisonId) {
        return "points/" + comparisonId + ".html";
    }

    public static String person(String personId) {
        return "people/" + personId + ".html";
    }
}
