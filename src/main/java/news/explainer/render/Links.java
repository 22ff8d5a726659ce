package news.explainer.render;

/**
 * Relative links between output files, so that a host can serve the site under any path: {@code sources/a.html}
 * links to the stylesheet as {@code ../style.css}, never {@code /style.css}.
 */
public final class Links {
    private Links() {}

    /** The href that leads from the page at {@code from} to the file at {@code to}, both site-relative paths. */
    public static String relative(String from, String to) {
        String[] fromParts = from.split("/");
        String[] toParts = to.split("/");
        int common = 0;
        while (common < fromParts.length - 1 && common < toParts.length - 1
                && fromParts[common].equals(toParts[common])) {
            common++;
        }
        StringBuilder href = new StringBuilder();
        for (int i = common; i < fromParts.length - 1; i++) {
            href.append("../");
        }
        for (int i = common; i < toParts.length; i++) {
            href.append(toParts[i]);
            if (i < toParts.length - 1) {
                href.append('/');
            }
        }
        String result = href.toString();
        return result.isEmpty() ? "./" : result;
    }

    /** The prefix that leads from a page back to the site root: {@code ""} or {@code "../"}. */
    public static String toRoot(String from) {
        return "../".repeat((int) from.chars().filter(c -> c == '/').count());
    }
}
