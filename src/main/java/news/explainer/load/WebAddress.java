package news.explainer.load;

import java.util.Optional;
import java.util.regex.Pattern;
import news.explainer.problem.Problem;
import news.explainer.problem.Problems;
import news.explainer.problem.Severity;
import news.explainer.problem.SourceRef;

/**
 * An address an editor gives (an article's {@code url}, the story's {@code baseUrl}) is published as a link that
 * readers follow: only an absolute http(s) address with a host is accepted. {@code javascript:} would run when
 * clicked; {@code data:}, {@code vbscript:}, {@code //host} and relative paths are slips or worse.
 */
final class WebAddress {
    /** A scheme, a host, and no whitespace or control character anywhere (browsers drop tabs inside schemes). */
    private static final Pattern WEB = Pattern.compile("(?i)https?://[^/?#\\s\\p{Cntrl}]+[^\\s\\p{Cntrl}]*");

    private WebAddress() {}

    static Optional<String> read(Annotated<?> doc, String key, String value, Problems problems) {
        if (value == null) {
            return Optional.empty();
        }
        String url = value.strip();
        if (WEB.matcher(url).matches()) {
            return Optional.of(url);
        }
        SourceRef at = doc.locate(key + ":");
        problems.add(new Problem(Severity.ERROR, at, "'" + key + "' must be an absolute http or https address",
                doc.lineAt(at), "write the address in full, as a browser shows it: https://…"));
        return Optional.empty();
    }
}
