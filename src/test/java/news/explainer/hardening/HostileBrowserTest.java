package news.explainer.hardening;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import news.explainer.site.Browser;
import news.explainer.site.SiteServer;
import news.explainer.write.OutputFile;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #8, "no script injection", proved in a real browser: every file of the site built from hostile content
 * (pages, data export, original articles) is loaded in headless chromium, served from 127.0.0.1 under a sub-path,
 * with JavaScript on. On each, no payload ran (no {@code window.__pwned}, no alert, the title unchanged), the DOM
 * holds no script, no event handler and no link that is not web or mail, nothing was requested outside the site's
 * folder, the console is clean, and every payload is visible as text.
 *
 * <p>Skipped without chromium and chromedriver, except on CI (CI=true), where that fails, as in BrowserTest.
 */
class HostileBrowserTest {
    private static final String SITE_PATH = "/hostile/sub/path/";
    private static final String CANARY_PATH = "/canary/";
    /**
     * Installed before any page script: records alert, confirm and prompt instead of showing them, so that a payload
     * calling them is seen, and a dialog cannot block the run.
     */
    private static final String HOOK = """
            window.__dialogs = [];
            for (const name of ['alert', 'confirm', 'prompt']) {
              window[name] = (message) => { window.__dialogs.push(name + '(' + message + ')'); };
            }
            """;
    /** What the page did and holds, read after it loaded and its pending tasks (image errors) ran. */
    private static final String AUDIT = """
            const done = arguments[arguments.length - 1];
            requestAnimationFrame(() => setTimeout(() => {
              const handlers = [];
              for (const e of document.querySelectorAll('*')) {
                for (const a of e.attributes) {
                  if (a.name.toLowerCase().startsWith('on')) handlers.push('<' + e.localName + ' ' + a.name + '>');
                }
              }
              done({
                pwned: typeof window.__pwned !== 'undefined',
                dialogs: window.__dialogs === undefined ? null : window.__dialogs,
                title: document.title,
                scripts: Array.from(document.scripts).filter(s => s.type !== 'application/ld+json')
                    .map(s => s.outerHTML.slice(0, 120)),
                handlers: handlers,
                links: Array.from(document.querySelectorAll('a[href], area[href]'))
                    .filter(a => !['http:', 'https:', 'mailto:'].includes(a.protocol))
                    .map(a => a.getAttribute('href')),
                embedded: document.querySelectorAll('iframe, frame, object, embed, img, svg, video, audio').length,
                text: document.body ? document.body.innerText : ''
              });
            }, 0));
            """;

    @TempDir
    static Path temp;

    private static HostileSite site;
    private static SiteServer server;
    private static String base;
    private static Browser browser;
    private static final AtomicInteger LOADED = new AtomicInteger();

    @BeforeAll
    static void start() throws IOException {
        Browser.require("HostileBrowserTest");
        site = HostileSite.get();
        Path canary = Files.createDirectories(temp.resolve("canary"));
        Files.writeString(canary.resolve("canary.html"), HostileContent.resource("canary.html"));
        server = new SiteServer();
        base = server.mount(SITE_PATH, site.site());
        server.mount(CANARY_PATH, canary);
        browser = new Browser(true);
        browser.driver().executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", HOOK));
    }

    @AfterAll
    static void stop() {
        System.out.println("hostile browser: " + HostileContent.payloads().size() + " text payloads and "
                + HostileContent.markdownPayloadCount() + " Markdown payloads tried, " + LOADED.get()
                + " files loaded in chromium");
        for (AutoCloseable c : new AutoCloseable[] {browser, server}) {
            try {
                if (c != null) {
                    c.close();
                }
            } catch (Exception e) {
                System.err.println("could not close " + c + ": " + e);
            }
        }
    }

    @TestFactory
    Stream<DynamicTest> everyFileLoadsWithoutRunningOrFetchingAnything() {
        List<OutputFile> files = site.withExtension("html", "json", "txt", "xml");
        assertTrue(files.size() >= 9, "pages, export and articles: " + files.size());
        return files.stream().map(file -> DynamicTest.dynamicTest(file.path(), () -> {
            List<String> problems = audit(url(base, file.path()), base);
            if (HostileSite.extension(file.path()).equals("html")) {
                problems.addAll(titleAndTextProblems(file));
            }
            LOADED.incrementAndGet();
            assertNone(file.path(), problems);
        }));
    }

    /** The test of the test: a page that runs script, calls alert and fetches from another host is caught. */
    @Test
    void aPageThatRunsScriptIsCaught() {
        String root = server.origin() + CANARY_PATH;
        List<String> problems = audit(root + "canary.html", root);
        problems.forEach(p -> System.out.println("  (expected) " + p));
        for (String expected : List.of("a payload ran: window.__pwned is set", "a dialog was opened: [alert(pwned)]",
                "script elements in the DOM", "event-handler attributes in the DOM: [<img onerror>]",
                "links that are not web or mail: [javascript:window.__pwned=1, data:text/html,hi]",
                "embedded or fetched elements in the DOM: 2",
                "request outside the site's folder: https://evil.example/pixel.png")) {
            assertTrue(problems.stream().anyMatch(p -> p.startsWith(expected)),
                    () -> "expected '" + expected + "' in " + problems);
        }
    }

    /** Loads url and returns every sign that something ran or was fetched, and every console error. */
    private static List<String> audit(String url, String root) {
        server.clearRequests();
        browser.open(url);
        @SuppressWarnings("unchecked")
        Map<String, Object> page = (Map<String, Object>) browser.driver().executeAsyncScript(AUDIT);
        List<String> problems = new ArrayList<>();
        if (Boolean.TRUE.equals(page.get("pwned"))) {
            problems.add("a payload ran: window.__pwned is set");
        }
        if (page.get("dialogs") == null) {
            problems.add("the dialog hook is missing: this audit could not see an alert");
        } else if (!((List<?>) page.get("dialogs")).isEmpty()) {
            problems.add("a dialog was opened: " + page.get("dialogs"));
        }
        if (String.valueOf(page.get("title")).equals("PWNED")) {
            problems.add("document.title was set by a payload: " + page.get("title"));
        }
        addIfAny(problems, "script elements in the DOM", page.get("scripts"));
        addIfAny(problems, "event-handler attributes in the DOM", page.get("handlers"));
        addIfAny(problems, "links that are not web or mail", page.get("links"));
        if (((Number) page.get("embedded")).intValue() > 0) {
            problems.add("embedded or fetched elements in the DOM: " + page.get("embedded"));
        }
        // For a document that is not HTML (text, JSON) chromium asks for /favicon.ico itself: the site did not.
        String favicon = server.origin() + "/favicon.ico";
        browser.consoleErrors().stream().filter(e -> !e.startsWith(favicon + " "))
                .forEach(e -> problems.add("console error: " + e));
        for (Browser.NetworkEvent e : browser.network()) {
            if (!e.url().startsWith(root) && !e.url().equals(favicon)) {
                problems.add("request outside the site's folder: " + e.url());
            }
        }
        for (SiteServer.Request r : server.requests()) {
            if (r.status() != 200 && !r.path().equals("/favicon.ico")) {
                problems.add("the server answered " + r.status() + " to " + r.path());
            }
        }
        if (url.startsWith(base)) {
            String text = String.valueOf(page.get("text"));
            if (!text.contains(HostileContent.payloads().get(0))) {
                problems.add("the first payload is not visible as text");
            }
        }
        return problems;
    }

    /**
     * On a page, the title is the one the file gives (no payload set it), and every payload is visible as text,
     * literally: {@code <script>} shown, not run.
     */
    private static List<String> titleAndTextProblems(OutputFile file) {
        List<String> problems = new ArrayList<>();
        // wholeText: jsoup's title() drops invisible characters (U+200B) that the browser keeps
        String expectedTitle = Jsoup.parse(new String(file.bytes(), StandardCharsets.UTF_8)).expectFirst("title")
                .wholeText();
        String title = collapse(String.valueOf(browser.driver().getTitle()));
        if (!title.equals(collapse(expectedTitle))) {
            problems.add("document.title changed: " + difference(collapse(expectedTitle), title));
        }
        String text = String.valueOf(browser.driver().executeScript("return document.body.innerText;"));
        for (String payload : HostileContent.payloads()) {
            if (!collapse(text).contains(payload)) {
                problems.add("payload not visible as text: " + payload);
            }
        }
        return problems;
    }

    /** Where two strings part, with the characters there as code points (invisible ones are the usual suspects). */
    private static String difference(String expected, String actual) {
        int i = 0;
        while (i < Math.min(expected.length(), actual.length()) && expected.charAt(i) == actual.charAt(i)) {
            i++;
        }
        return "differs at " + i + ": expected " + codePoints(expected, i) + ", was " + codePoints(actual, i);
    }

    private static String codePoints(String s, int from) {
        return s.substring(from, Math.min(s.length(), from + 12)).codePoints()
                .mapToObj(c -> String.format("U+%04X", c)).toList().toString();
    }

    private static String collapse(String s) {
        return s.replaceAll("[ \\t\\n\\f\\r]+", " ").strip();
    }

    /** The URL of a site file, each path segment percent-encoded as a browser would (ids may hold any character). */
    private static String url(String root, String path) {
        try {
            URI uri = new URI("http", null, "x", 1, "/" + path, null, null);
            return root + uri.getRawPath().substring(1);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(path, e);
        }
    }

    private static void addIfAny(List<String> problems, String what, Object list) {
        if (list instanceof List<?> items && !items.isEmpty()) {
            problems.add(what + ": " + items);
        }
    }

    private static void assertNone(String file, List<String> problems) {
        if (!problems.isEmpty()) {
            problems.forEach(p -> System.out.println("  " + file + ": " + p));
            fail(file + ": " + problems.size() + " problems:\n  " + String.join("\n  ", problems));
        }
    }
}
