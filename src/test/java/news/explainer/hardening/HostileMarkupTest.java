package news.explainer.hardening;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import news.explainer.write.OutputFile;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * Issue #8, "no script injection", at the markup level: a site built from a content folder full of payloads
 * (see {@link HostileContent}) is checked file by file, html, xml and json, before any browser reads it. The same
 * site is loaded in a real browser by {@link HostileBrowserTest}.
 */
class HostileMarkupTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void noGeneratedFileCarriesScriptHandlersOrNonWebUrls() throws IOException {
        HostileSite site = HostileSite.get();
        List<String> problems = new ArrayList<>();
        int checked = check(site.withExtension("html"), InertMarkup::html, problems)
                + check(site.withExtension("xml"), InertMarkup::xml, problems)
                + check(site.withExtension("json"), InertMarkup::json, problems);
        System.out.println("hostile markup: " + HostileContent.payloads().size() + " text payloads and "
                + HostileContent.markdownPayloadCount() + " Markdown payloads, " + site.files().size()
                + " files built, " + checked + " html/xml/json files checked, " + problems.size() + " problems");
        if (!problems.isEmpty()) {
            fail(problems.size() + " problems:\n  " + String.join("\n  ", problems));
        }
    }

    /** Payloads stay visible as text: the literal markup is in the page's text, escaped in its source. */
    @Test
    void everyPayloadIsShownAsTextOnEveryPage() throws IOException {
        HostileSite site = HostileSite.get();
        List<String> missing = new ArrayList<>();
        for (OutputFile page : site.withExtension("html")) {
            String text = Jsoup.parse(new String(page.bytes(), StandardCharsets.UTF_8)).text();
            for (String payload : HostileContent.payloads()) {
                if (!text.contains(payload)) {
                    missing.add(page.path() + ": " + payload);
                }
            }
        }
        assertTrue(missing.isEmpty(), () -> "payloads not shown as text:\n  " + String.join("\n  ", missing));
    }

    /** The data export is data: it keeps every payload exactly, for its readers to escape in their own context. */
    @Test
    void theDataExportKeepsEveryPayloadExactly() throws IOException {
        HostileSite site = HostileSite.get();
        JsonNode data = JSON.readTree(site.site().resolve("data/explainer.json").toFile());
        String all = site.hostile().all();
        assertEquals(all, data.path("story").path("title").asText());
        assertEquals(all, data.path("articles").path(0).path("outlet").asText());
        assertEquals(all, data.path("comparisons").path(0).path("question").asText());
        assertEquals(all, data.path("timeline").path(0).path("title").asText());
        assertEquals(HostileContent.HOSTILE_ID, data.path("articles").path(1).path("id").asText());
    }

    /** The original articles are published byte for byte, as plain text. */
    @Test
    void theOriginalArticlesArePublishedUnchanged() throws IOException {
        HostileSite site = HostileSite.get();
        for (String name : List.of("01-alpha.txt", "02-beta.txt")) {
            String id = name.equals("01-alpha.txt") ? "alpha" : HostileContent.HOSTILE_ID;
            assertArrayEquals(Files.readAllBytes(site.content().resolve("articles").resolve(name)),
                    Files.readAllBytes(site.site().resolve("sources").resolve(id + ".txt")), name);
        }
    }

    /** The test of the test: a page that injection got into is caught by the same checks. */
    @Test
    void aPageWithScriptHandlersAndNonWebUrlsIsCaught() {
        List<String> problems = InertMarkup.html(HostileContent.resource("canary.html"));
        problems.forEach(p -> System.out.println("  (expected) " + p));
        for (String expected : List.of("script element", "event-handler attribute <img onerror",
                "<iframe> element", "link with scheme 'javascript'", "link with scheme 'data'",
                "resource URL that is not a relative path inside the site: <img src=\"https://evil.example",
                "resource URL that is not a relative path inside the site: <iframe src=\"about:blank")) {
            assertTrue(problems.stream().anyMatch(p -> p.startsWith(expected)),
                    () -> "expected a problem starting '" + expected + "' in " + problems);
        }
        assertTrue(InertMarkup.html("<p>x</p><script type=\"application/ld+json\">{\"a\":\"</script>"
                + "<script>alert(1)</script>\"}</script>").size() >= 2, "JSON-LD closed by a value is caught");
        assertTrue(InertMarkup.json("{\"url\":\"javascript:alert(1)\"}").size() == 1, "a javascript: url in JSON");
        assertTrue(InertMarkup.xml("<urlset><url><loc>data:text/html,x</loc></url></urlset>").size() == 1,
                "a data: loc in XML");
    }

    private static int check(List<OutputFile> files, Function<String, List<String>> checker, List<String> problems) {
        for (OutputFile file : files) {
            checker.apply(new String(file.bytes(), StandardCharsets.UTF_8))
                    .forEach(p -> problems.add(file.path() + ": " + p));
        }
        return files.size();
    }
}
