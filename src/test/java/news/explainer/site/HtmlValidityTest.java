package news.explainer.site;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import news.explainer.write.OutputFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every page and the stylesheet of the real site pass the Nu Html Checker (the W3C validator) with no error. */
class HtmlValidityTest {
    private static NuChecker checker;

    @BeforeAll
    static void setUp() {
        checker = new NuChecker(); // one instance for every document: its schemas load once
    }

    @Test
    void everyPageAndTheStylesheetAreValid() {
        List<OutputFile> files = BuiltSite.files();
        List<NuChecker.Problem> problems = new ArrayList<>();
        int html = 0;
        int css = 0;
        for (OutputFile file : files) {
            if (file.path().endsWith(".html")) {
                html++;
                problems.addAll(checker.checkHtml(file.path(), file.bytes()));
            } else if (file.path().endsWith(".css")) {
                css++;
                problems.addAll(checker.checkCss(file.path(), file.bytes()));
            }
        }
        assertTrue(html > 0 && css > 0, "the site has pages and a stylesheet to check");
        System.out.printf("Nu Html Checker: %d pages, %d stylesheets, %d errors%n", html, css, problems.size());
        problems.forEach(p -> System.out.println("  " + p));
        assertTrue(problems.isEmpty(), () -> problems.size() + " validation errors:\n"
                + problems.stream().map(NuChecker.Problem::toString).collect(Collectors.joining("\n")));
    }

    /** The test of the test: a page with known mistakes is reported, each mistake on its own line. */
    @Test
    void aBrokenPageIsReported() {
        List<NuChecker.Problem> problems = checker.checkHtml("broken.html", BuiltSite.resource("broken.html"));
        problems.forEach(p -> System.out.println("  (expected) " + p));
        assertReported(problems, "Duplicate ID", 11);
        assertReported(problems, "alt", 12);
        assertReported(problems, "Stray end tag", 13);
    }

    @Test
    void aBrokenStylesheetIsReported() {
        byte[] css = "main { colour: red; width: 10 px; }\n".getBytes(StandardCharsets.UTF_8);
        List<NuChecker.Problem> problems = checker.checkCss("broken.css", css);
        problems.forEach(p -> System.out.println("  (expected) " + p));
        assertFalse(problems.isEmpty(), "an unknown property and a bad length must be errors");
        assertTrue(problems.stream().allMatch(p -> p.line() == 1), () -> "errors on line 1: " + problems);
    }

    @Test
    void aValidPageIsNotReported() {
        String page = "<!DOCTYPE html><html lang=en><head><meta charset=utf-8><title>t</title></head>"
                + "<body><p id=a>fine</p></body></html>";
        List<NuChecker.Problem> problems = checker.checkHtml("ok.html", page.getBytes(StandardCharsets.UTF_8));
        assertTrue(problems.isEmpty(), () -> "false positives: " + problems);
    }

    private static void assertReported(List<NuChecker.Problem> problems, String fragment, int line) {
        assertTrue(problems.stream().anyMatch(p -> p.line() == line && p.message().contains(fragment)),
                () -> "expected an error mentioning \"" + fragment + "\" on line " + line + ", got " + problems);
    }
}
