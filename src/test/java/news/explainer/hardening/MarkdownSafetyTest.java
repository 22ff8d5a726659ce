package news.explainer.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;

import news.explainer.render.Markdown;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Editors' Markdown keeps only links a reader may follow (web and mail) and fetches nothing: regression examples
 * for the two holes the hostile-content test found, data: links and images from other sites.
 */
class MarkdownSafetyTest {
    private final Markdown markdown = new Markdown();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            [a](data:text/html,<script>alert(1)</script>)     | <p><a rel="nofollow" href="">a</a></p>
            <data:text/html;base64,PHNjcmlwdD4=>              | <p><a rel="nofollow" href="">data:text/html;base64,PHNjcmlwdD4=</a></p>
            [a](javascript:alert(1))                          | <p><a rel="nofollow" href="">a</a></p>
            [a](vbscript:msgbox(1))                           | <p><a rel="nofollow" href="">a</a></p>
            [a](file:///etc/passwd)                           | <p><a rel="nofollow" href="">a</a></p>
            [a](https://example.org/x?a=1&b=2)                | <p><a rel="nofollow" href="https://example.org/x?a=1&amp;b=2">a</a></p>
            [a](mailto:desk@example.org)                      | <p><a rel="nofollow" href="mailto:desk@example.org">a</a></p>
            ![a pixel](https://evil.example/p.png)            | <p><a rel="nofollow" href="https://evil.example/p.png">a pixel</a></p>
            ![](https://evil.example/p.png "t\\"x")           | <p><a rel="nofollow" href="https://evil.example/p.png" title="t&quot;x">https://evil.example/p.png</a></p>
            ![svg](data:image/svg+xml;base64,PHN2Zz4=)        | <p><a rel="nofollow" href="">svg</a></p>
            ![*em* alt](x.png)                                | <p><a rel="nofollow" href="x.png"><em>em</em> alt</a></p>
            """)
    void linksLeadOnlyToTheWebOrMailAndImagesAreNotFetched(String input, String expected) {
        assertEquals(expected, markdown.toHtml(input).strip(), input);
    }
}
