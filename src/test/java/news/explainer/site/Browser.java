package news.explainer.site;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * One headless Debian chromium, driven by the system chromedriver (never a download by Selenium Manager), that cannot
 * reach anything but 127.0.0.1: every host name resolves to nothing and every other request goes to a dead proxy.
 */
public final class Browser implements AutoCloseable {
    /** Debian's chromium and chromedriver; -Dchromium.binary / -Dchromedriver.binary point elsewhere. */
    public static final Path CHROMIUM = Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    public static final Path CHROMEDRIVER =
            Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"));
    private static final ObjectMapper JSON = new ObjectMapper();
    private static String axeSource;
    /** Chromium's largest screenshot; a taller page is cut there (and says so on stderr). */
    private static final int MAX_HEIGHT = 40000;

    /** A request the page made, as chromium's network log saw it; failure is null when it succeeded. */
    public record NetworkEvent(String url, int status, String failure) {
    }

    /** One axe-core violation: the rule, its impact, and the selectors of the offending elements. */
    record Violation(String rule, String impact, String help, List<String> targets) {
        @Override
        public String toString() {
            return "[" + impact + "] " + rule + ": " + help + " " + targets;
        }
    }

    private final ChromeDriver driver;
    private final Path profile;

    public Browser(boolean javascript) throws IOException {
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        // Selenium looks for DevTools bindings matching the browser's version and warns when there are none: the
        // tests use only WebDriver commands, the browser/performance logs and chromedriver's CDP passthrough.
        Logger.getLogger("org.openqa.selenium").setLevel(Level.SEVERE);
        profile = Files.createTempDirectory("chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile,
                "--proxy-server=127.0.0.1:9", "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
                "--window-size=1280,800", "--hide-scrollbars", "--force-color-profile=srgb");
        if (!javascript) {
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    }

    /**
     * Skips the calling test class (from its @BeforeAll) when chromium or chromedriver is missing, except on CI
     * (CI=true), where a missing browser fails it: CI must prove the site in a browser.
     */
    public static void require(String testClass) {
        List<String> missing = new ArrayList<>();
        for (Path p : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!Files.isExecutable(p)) {
                missing.add(p.toString());
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        String message = "browser tests need " + String.join(" and ", missing)
                + " (Debian: apt-get install chromium chromium-driver)";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            Assertions.fail(message + "; on CI (CI=true) a missing browser is a failure, not a skip");
        }
        // Surefire counts a class aborted in @BeforeAll as 0 tests run: say so where a person will see it.
        System.err.println("[WARNING] " + testClass + " SKIPPED: " + message + ". Set CI=true to make this a failure.");
        Assumptions.abort("skipped: " + message);
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Loads url, forgetting the logs of earlier pages first. */
    public void open(String url) {
        drainLogs();
        driver.get(url);
    }

    void drainLogs() {
        driver.manage().logs().get(LogType.BROWSER);
        driver.manage().logs().get(LogType.PERFORMANCE);
    }

    /** Console messages at SEVERE (errors, including failed loads) since the last open. */
    public List<String> consoleErrors() {
        List<String> errors = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                errors.add(entry.getMessage());
            }
        }
        return errors;
    }

    /** Every request since the last open, from the performance (DevTools network) log. */
    public List<NetworkEvent> network() {
        Map<String, String> urls = new java.util.LinkedHashMap<>();
        Map<String, Integer> statuses = new java.util.HashMap<>();
        Map<String, String> failures = new java.util.HashMap<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            JsonNode message;
            try {
                message = JSON.readTree(entry.getMessage()).path("message");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            JsonNode params = message.path("params");
            String id = params.path("requestId").asText();
            switch (message.path("method").asText()) {
                case "Network.requestWillBeSent" -> urls.putIfAbsent(id, params.path("request").path("url").asText());
                case "Network.responseReceived" -> statuses.put(id, params.path("response").path("status").asInt());
                case "Network.loadingFailed" -> failures.put(id, params.path("errorText").asText()
                        + (params.path("blockedReason").isMissingNode() ? "" : " " + params.path("blockedReason")));
                default -> {
                }
            }
        }
        List<NetworkEvent> events = new ArrayList<>();
        urls.forEach((id, url) -> events.add(new NetworkEvent(url, statuses.getOrDefault(id, 0), failures.get(id))));
        return events;
    }

    /** Runs axe-core on the loaded page: every violation, whatever its impact. */
    List<Violation> axe() {
        if (driver.executeScript("return typeof window.axe") .equals("undefined")) {
            driver.executeScript(axeSource() + "\n;window.axe = axe;");
        }
        Object result = driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']})
                   .then(r => done(JSON.stringify(r.violations)))
                   .catch(e => done('ERROR ' + e));
                """);
        String json = String.valueOf(result);
        if (json.startsWith("ERROR ")) {
            throw new IllegalStateException("axe-core failed: " + json);
        }
        List<Violation> violations = new ArrayList<>();
        try {
            for (JsonNode v : JSON.readTree(json)) {
                List<String> targets = new ArrayList<>();
                for (JsonNode node : v.path("nodes")) {
                    targets.add(node.path("target").toString() + " " + node.path("failureSummary").asText()
                            .replace('\n', ' '));
                }
                violations.add(new Violation(v.path("id").asText(), v.path("impact").asText(),
                        v.path("help").asText(), targets));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return violations;
    }

    /** Each a[href] on the loaded page: the attribute as written and the absolute URL the browser resolved. */
    public List<String[]> links() {
        @SuppressWarnings("unchecked")
        List<List<String>> raw = (List<List<String>>) driver.executeScript(
                "return Array.from(document.querySelectorAll('a[href]'), a => [a.getAttribute('href'), a.href]);");
        List<String[]> links = new ArrayList<>();
        for (List<String> pair : raw) {
            links.add(new String[] {pair.get(0), pair.get(1)});
        }
        return links;
    }

    /** The URL-bearing attributes of resources the page loads (stylesheets, icons, images, scripts, media). */
    @SuppressWarnings("unchecked")
    List<String> resourceUrls() {
        return (List<String>) driver.executeScript("""
                const out = [];
                document.querySelectorAll('link[href]').forEach(e => out.push(e.getAttribute('href')));
                document.querySelectorAll('[src]').forEach(e => out.push(e.getAttribute('src')));
                document.querySelectorAll('[srcset]').forEach(e => out.push(e.getAttribute('srcset')));
                document.querySelectorAll('[poster]').forEach(e => out.push(e.getAttribute('poster')));
                return out;
                """);
    }

    public String bodyText() {
        return String.valueOf(driver.executeScript("return document.body.innerText;"));
    }

    /** A full-page PNG at a viewport width of width CSS px: the viewport is resized to the document's height. */
    byte[] fullPageScreenshot(int width) {
        resize(width, 800);
        long height = ((Number) driver.executeScript(
                "return Math.max(document.documentElement.scrollHeight, document.body.scrollHeight);")).longValue();
        if (height > MAX_HEIGHT) {
            System.err.println(driver.getCurrentUrl() + " is " + height + " px tall at " + width
                    + " px: the screenshot stops at " + MAX_HEIGHT);
        }
        resize(width, (int) Math.min(height, MAX_HEIGHT));
        try {
            return driver.getScreenshotAs(OutputType.BYTES);
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    private void resize(int width, int height) {
        // The window's outer size includes no browser UI in headless mode, but emulating the metrics is exact.
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                "width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
    }

    private static synchronized String axeSource() {
        if (axeSource == null) {
            String name = "/META-INF/resources/webjars/axe-core/" + axeVersion() + "/axe.min.js";
            try (InputStream in = Browser.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException("axe-core is not on the test class path: " + name);
                }
                axeSource = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return axeSource;
    }

    private static String axeVersion() {
        try (InputStream in = Browser.class.getResourceAsStream(
                "/META-INF/maven/org.webjars.npm/axe-core/pom.properties")) {
            java.util.Properties properties = new java.util.Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("cannot find the axe-core webjar's version", e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (var walk = Files.walk(profile)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // a temporary folder: best effort
            }
        }
    }
}
