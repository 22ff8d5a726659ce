package news.explainer.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import news.explainer.write.OutputFile;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real site in a real browser (Debian's headless chromium), served from 127.0.0.1 under a sub-path as a host
 * would: every page loads with no console error and no failed or external request, its links and #anchors resolve,
 * it reads the same with JavaScript off, axe-core finds no accessibility violation, and it is photographed at a
 * phone's and a desktop's width into target/screenshots/.
 *
 * <p>Without /usr/bin/chromium or /usr/bin/chromedriver the tests are skipped, except on CI (CI=true), where that
 * fails them: CI must prove the site in a browser.
 */
class BrowserTest {
    private static final String SITE_PATH = "/some/path/";
    private static final String BROKEN_PATH = "/other/path/";
    private static final int[] WIDTHS = {360, 1280};
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @TempDir
    static Path temp;

    private static SiteServer server;
    private static String base;
    private static String brokenBase;
    private static Browser withJs;
    private static Browser withoutJs;
    private static final HttpClient HTTP = HttpClient.newBuilder().proxy(HttpClient.Builder.NO_PROXY)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private static final Map<String, HttpResponse<String>> FETCHED = new HashMap<>();
    private static final Map<String, PageAudit> AUDITS = new HashMap<>();

    @BeforeAll
    static void start() throws IOException {
        Browser.require("BrowserTest");
        Path site = Files.createDirectories(temp.resolve("site"));
        BuiltSite.write(BuiltSite.files(), site);
        Path broken = Files.createDirectories(temp.resolve("broken"));
        Files.write(broken.resolve("broken.html"), BuiltSite.resource("broken.html"));
        Files.copy(site.resolve("style.css"), broken.resolve("style.css"));
        Files.copy(site.resolve("favicon.svg"), broken.resolve("favicon.svg"));
        Files.write(broken.resolve("scripted.html"), BuiltSite.resource("scripted.html"));
        server = new SiteServer();
        base = server.mount(SITE_PATH, site);
        brokenBase = server.mount(BROKEN_PATH, broken);
        withJs = new Browser(true);
        withoutJs = new Browser(false);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stop() {
        for (AutoCloseable c : new AutoCloseable[] {withJs, withoutJs, server}) {
            try {
                if (c != null) {
                    c.close();
                }
            } catch (Exception e) {
                System.err.println("could not close " + c + ": " + e);
            }
        }
    }

    /** What one page did in the browser, gathered once and asserted on by several tests. */
    record PageAudit(List<String> consoleErrors, List<String> requestProblems, List<String> resourceProblems,
            List<String> linkProblems, String textWithJs, String textWithoutJs, List<Browser.Violation> violations,
            List<Path> screenshots) {
    }

    @TestFactory
    Stream<DynamicContainer> everyPage() {
        List<String> pages = BuiltSite.files().stream().map(OutputFile::path).filter(p -> p.endsWith(".html"))
                .sorted().toList();
        assertTrue(pages.size() > 1, "the site has pages");
        return pages.stream().map(page -> DynamicContainer.dynamicContainer(page, Stream.of(
                DynamicTest.dynamicTest("loads with no console error and no failed or external request", () -> {
                    PageAudit a = audit(page);
                    List<String> all = new ArrayList<>(a.consoleErrors());
                    all.addAll(a.requestProblems());
                    assertNone(page, "console errors / failed or external requests", all);
                }),
                DynamicTest.dynamicTest("its resources are relative and all exist", () ->
                        assertNone(page, "resource problems", audit(page).resourceProblems())),
                DynamicTest.dynamicTest("every internal link and #anchor resolves", () ->
                        assertNone(page, "broken links", audit(page).linkProblems())),
                DynamicTest.dynamicTest("reads the same with JavaScript disabled", () -> {
                    PageAudit a = audit(page);
                    assertTrue(!a.textWithJs().isBlank(), "the page has text");
                    assertEquals(a.textWithJs(), a.textWithoutJs(), page + ": text differs without JavaScript");
                }),
                DynamicTest.dynamicTest("axe-core reports no violation", () ->
                        assertNone(page, "axe-core violations", audit(page).violations().stream()
                                .map(Browser.Violation::toString).toList())),
                DynamicTest.dynamicTest("full-page screenshots at 360 and 1280 px", () -> {
                    for (Path shot : audit(page).screenshots()) {
                        assertTrue(Files.size(shot) > 1000, "screenshot written: " + shot);
                    }
                }))));
    }

    /** The test of the test: a page with an image without alt and broken links is caught by the same helpers. */
    @Test
    void aBrokenPageIsCaught() {
        String url = brokenBase + "broken.html";
        withJs.open(url);
        List<Browser.Violation> violations = withJs.axe();
        violations.forEach(v -> System.out.println("  (expected) " + v));
        assertTrue(violations.stream().anyMatch(v -> v.rule().equals("image-alt")),
                () -> "axe-core must report the image without alt: " + violations);
        List<String> links = linkProblems(url, brokenBase, withJs.links());
        links.forEach(p -> System.out.println("  (expected) " + p));
        assertTrue(links.stream().anyMatch(p -> p.contains("missing.html") && p.contains("404")),
                () -> "the link to a missing page must be reported: " + links);
        assertTrue(links.stream().anyMatch(p -> p.contains("#nowhere")),
                () -> "the link to a missing anchor must be reported: " + links);
        withJs.open(brokenBase + "no-such-page.html");
        List<String> console = withJs.consoleErrors();
        assertTrue(!console.isEmpty(), "a page that 404s must show a console error");
        assertTrue(server.requests().stream().anyMatch(r -> r.status() == 404), "the server saw the 404");
    }

    /** The test of the test: text that only JavaScript writes, or a request to another host, is caught. */
    @Test
    void scriptedTextAndExternalRequestsAreCaught() {
        String url = brokenBase + "scripted.html";
        withJs.open(url);
        String on = withJs.bodyText();
        List<Browser.NetworkEvent> network = withJs.network();
        withoutJs.open(url);
        String off = withoutJs.bodyText();
        assertTrue(on.contains("Written by JavaScript"), "JavaScript runs in the first browser: " + on);
        assertTrue(!off.contains("Written by JavaScript"), "JavaScript is off in the second browser: " + off);
        assertTrue(network.stream().anyMatch(e -> e.url().startsWith("https://example.com/")
                        && e.failure() != null),
                () -> "the request to another host must be seen and must fail (nothing leaves the machine): "
                        + network);
    }

    private static void assertNone(String page, String what, List<String> problems) {
        if (!problems.isEmpty()) {
            problems.forEach(p -> System.out.println("  " + page + ": " + p));
            fail(page + ": " + problems.size() + " " + what + ":\n  " + String.join("\n  ", problems));
        }
    }

    private static synchronized PageAudit audit(String page) throws IOException {
        PageAudit cached = AUDITS.get(page);
        if (cached != null) {
            return cached;
        }
        String url = base + page;
        server.clearRequests();
        withJs.open(url);
        List<String> consoleErrors = withJs.consoleErrors();
        List<String> requestProblems = new ArrayList<>();
        List<Browser.NetworkEvent> network = withJs.network();
        if (network.stream().noneMatch(e -> e.url().equals(url) && e.status() == 200)) {
            requestProblems.add("the network log does not show the page itself loading: " + network);
        }
        for (Browser.NetworkEvent e : network) {
            if (e.url().startsWith("data:")) {
                continue;
            }
            if (!e.url().startsWith(base)) {
                requestProblems.add("request outside the site's folder: " + e.url());
            } else if (e.failure() != null) {
                requestProblems.add("request failed: " + e.url() + " " + e.failure());
            } else if (e.status() >= 400) {
                requestProblems.add("request answered " + e.status() + ": " + e.url());
            }
        }
        List<String> resourceProblems = new ArrayList<>();
        for (String ref : withJs.resourceUrls()) {
            if (ref.startsWith("/") || ref.matches("(?i)^[a-z][a-z0-9+.-]*:.*") && !ref.startsWith("data:")) {
                resourceProblems.add("resource URL is not relative: " + ref);
            }
        }
        List<String> linkProblems = linkProblems(url, base, withJs.links());
        String textWithJs = withJs.bodyText();
        List<Browser.Violation> violations = withJs.axe();
        List<Path> screenshots = new ArrayList<>();
        for (int width : WIDTHS) {
            Path shot = SCREENSHOTS.resolve(page.replaceAll("\\.html$", "").replace('/', '-') + "-" + width + ".png");
            Files.write(shot, withJs.fullPageScreenshot(width));
            screenshots.add(shot);
        }
        withoutJs.open(url);
        String textWithoutJs = withoutJs.bodyText();
        List<String> noJsConsole = withoutJs.consoleErrors();
        noJsConsole.forEach(e -> consoleErrors.add("(JavaScript off) " + e));
        for (SiteServer.Request r : server.requests()) {
            if (r.status() != 200) {
                resourceProblems.add("the server answered " + r.status() + " to " + r.path());
            }
        }
        PageAudit audit = new PageAudit(consoleErrors, requestProblems, resourceProblems, linkProblems, textWithJs,
                textWithoutJs, violations, screenshots);
        AUDITS.put(page, audit);
        return audit;
    }

    /**
     * The problems with a page's links: a link within the site (under root) must answer 200 and, with a #fragment,
     * lead to an element with that id; a link to the same server outside root escapes the site's folder. Links to
     * other sites are not followed (the tests must not leave the machine).
     */
    static List<String> linkProblems(String pageUrl, String root, List<String[]> links) {
        List<String> problems = new ArrayList<>();
        String origin = URI.create(root).resolve("/").toString();
        for (String[] link : links) {
            String href = link[0];
            String absolute = link[1];
            if (!absolute.startsWith(origin)) {
                continue; // another site, mailto: and the like
            }
            if (!absolute.startsWith(root)) {
                problems.add("link escapes the site's folder: href=\"" + href + "\" -> " + absolute);
                continue;
            }
            URI uri = URI.create(absolute);
            String target = absolute.contains("#") ? absolute.substring(0, absolute.indexOf('#')) : absolute;
            HttpResponse<String> response = fetch(target);
            if (response.statusCode() != 200) {
                problems.add("link to a missing page: href=\"" + href + "\" -> " + response.statusCode());
                continue;
            }
            String fragment = uri.getFragment();
            if (fragment != null && !fragment.isEmpty()) {
                String type = response.headers().firstValue("Content-Type").orElse("");
                if (!type.startsWith("text/html")) {
                    problems.add("link to #" + fragment + " in a file that is not HTML: href=\"" + href + "\"");
                    continue;
                }
                Document doc = Jsoup.parse(response.body(), target);
                if (doc.getElementById(fragment) == null && doc.select("a[name]").stream()
                        .noneMatch(a -> a.attr("name").equals(fragment))) {
                    problems.add("link to a missing anchor: href=\"" + href + "\" (no id=\"" + fragment + "\" in "
                            + target.substring(root.length()) + ")");
                }
            }
        }
        return problems;
    }

    private static synchronized HttpResponse<String> fetch(String url) {
        return FETCHED.computeIfAbsent(url, u -> {
            try {
                return HTTP.send(HttpRequest.newBuilder(URI.create(u)).timeout(Duration.ofSeconds(10)).build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        });
    }
}
