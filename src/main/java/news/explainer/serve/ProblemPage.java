package news.explainer.serve;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import news.explainer.problem.Problem;

/**
 * The page the preview shows instead of a page of the site while the last rebuild failed: every problem with its
 * file, line, message and the offending line under a caret (the same text the terminal shows), and a link to the
 * last good version of the page that was asked for. Everything from the content is escaped: a problem's excerpt is
 * the editor's own text, and may hold markup.
 */
final class ProblemPage {
    /** Added to a page's URL, it serves the last good version of the page even while the build is broken. */
    static final String LAST_GOOD = "last-good";

    private ProblemPage() {}

    /**
     * @param lastGood the site-absolute URL of the last good version of the requested page, when there is one
     */
    static byte[] render(List<Problem> problems, Optional<String> lastGood) {
        long errors = problems.stream().filter(Problem::isError).count();
        StringBuilder html = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Build failed</title>
                <style>
                body{font:16px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem}
                pre{background:#fff4f4;border-left:4px solid #b00020;padding:.75rem;overflow-x:auto;white-space:pre}
                pre.warning{background:#fffbe6;border-color:#8a6d00}
                </style>
                </head>
                <body>
                <main>
                <h1>Build failed</h1>
                """);
        html.append("<p>").append(errors).append(errors == 1 ? " error" : " errors")
                .append(". The site was not changed; this page reloads by itself when the content is fixed.</p>\n");
        lastGood.ifPresent(href -> html.append("<p><a href=\"").append(escape(href))
                .append("\">The last good version of this page</a></p>\n"));
        for (Problem problem : problems) {
            html.append("<pre class=\"").append(problem.isError() ? "error" : "warning").append("\">")
                    .append(escape(problem.format())).append("</pre>\n");
        }
        html.append("</main>\n</body>\n</html>\n");
        return html.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
