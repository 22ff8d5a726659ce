package news.explainer.analyse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import news.explainer.SiteBuild;
import news.explainer.analyse.compare.CheckedComparison;
import news.explainer.analyse.compare.Discrepancy;
import news.explainer.analyse.timeline.CheckedEntry;
import news.explainer.cli.ExitCodes;
import news.explainer.testing.RealSite;
import news.explainer.testing.TestProject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real comparisons and timeline, checked against the five articles. */
class ComparisonsAndTimelineTest {
    private static SiteBuild.Result result;

    @BeforeAll
    static void buildTheRealContent() {
        result = RealSite.result();
    }

    @Test
    void everyComparisonHasOneAnswerForEachOfTheFiveArticles() {
        Set<String> articles = result.analysis().content().articles().stream().map(a -> a.id())
                .collect(Collectors.toSet());
        assertEquals(5, articles.size());
        assertTrue(result.analysis().comparisons().size() >= 8);
        for (CheckedComparison c : result.analysis().comparisons()) {
            List<String> answered = c.answers().stream().map(CheckedComparison.Answer::article).toList();
            assertEquals(articles, Set.copyOf(answered), c.comparison().id());
            assertEquals(5, answered.size(), c.comparison().id());
            c.answers().stream().filter(CheckedComparison.Answer::reported)
                    .forEach(a -> assertFalse(a.evidence().isEmpty(), c.comparison().id() + "/" + a.article()));
        }
    }

    @Test
    void everyEventOfTheStoryIsDatedInItsWindowAndCitesAnArticle() {
        List<CheckedEntry> days = result.analysis().timeline().stream().filter(e -> !e.entry().background()).toList();
        assertFalse(days.isEmpty());
        for (CheckedEntry e : days) {
            LocalDate date = e.entry().date();
            assertFalse(date.isBefore(LocalDate.of(2026, 1, 29)) || date.isAfter(LocalDate.of(2026, 2, 1)),
                    e.entry().id() + " " + date);
            assertFalse(e.sources().isEmpty(), e.entry().id());
            e.sources().forEach(s -> assertFalse(s.evidence().isEmpty(), e.entry().id() + "/" + s.article()));
        }
        assertTrue(result.analysis().timeline().stream().anyMatch(e -> e.entry().background()));
    }

    @Test
    void theTemperatureDiscrepancyIsFlaggedFromTheEvidence() {
        Discrepancy temperatures = result.analysis().comparisons().stream()
                .flatMap(c -> c.discrepancies().stream()).filter(d -> d.kind().equals("temperature"))
                .findFirst().orElseThrow();
        Map<String, List<String>> byValue = temperatures.values().stream()
                .collect(Collectors.toMap(Discrepancy.Value::value, Discrepancy.Value::articles));
        assertEquals(List.of("huffpost-uk"), byValue.get("-28 °C"));
        assertEquals(List.of("nbc-news"), byValue.get("-20 °C"));
        assertEquals(List.of("unnamed-outlet-a"), byValue.get("-30 °C"));
    }

    @Test
    void theEndOfThePauseIsFlaggedAsADateAgainstALength() {
        CheckedComparison length = result.analysis().comparisons().stream()
                .filter(c -> c.discrepancies().stream().anyMatch(d -> d.kind().equals("end"))).findFirst().orElseThrow();
        Discrepancy end = length.discrepancies().stream().filter(d -> d.kind().equals("end")).findFirst().orElseThrow();
        assertTrue(end.values().get(0).value().equals("until 1 February"), end.toString());
        assertTrue(end.values().get(0).articles().containsAll(List.of("nbc-news", "unnamed-outlet-a")), end.toString());
    }

    @Test
    void everyEvidencePassageIsTheArticlesOwnWords() {
        result.analysis().comparisons().forEach(c -> c.answers().forEach(a -> a.evidence().forEach(e -> {
            String text = result.analysis().content().articles().stream().filter(x -> x.id().equals(e.article()))
                    .findFirst().orElseThrow().source().text();
            assertEquals(text.substring(e.start(), e.end()), e.passage());
        })));
    }

    @Test
    void aPassageThatIsNotInTheArticleFailsTheBuildAtItsLineWithTheNearestPassage(@TempDir Path dir)
            throws IOException {
        TestProject project = TestProject.copyOfReal(dir);
        Path file = project.content().resolve("comparisons/05-temperatures.md");
        String yaml = Files.readString(file);
        assertTrue(yaml.contains("dropping to a staggering low of -28C on Sunday night"));
        Files.writeString(file, yaml.replace("dropping to a staggering low of -28C on Sunday night",
                "dropping to a staggering low of -26C on Sunday night"));
        int line = lineOf(Files.readString(file), "-26C");
        TestProject.Run run = project.run("build");
        assertEquals(ExitCodes.PROBLEMS, run.exitCode());
        assertTrue(run.err().contains("05-temperatures.md:" + line + ":"), run.err());
        assertTrue(run.err().contains("error: cited passage not found in "), run.err());
        assertTrue(run.err().contains("articles/000_8a847a2ecf02cf71.txt: \"dropping to a staggering low of -26C"),
                run.err());
        assertTrue(run.err().contains("nearest passage in the article: \"dropping to a staggering low of -28C on"
                + " Sunday night"), run.err());
        assertFalse(Files.exists(project.site()));
    }

    @Test
    void quoteStyleAndSpacingDoNotMatterButWordsDo(@TempDir Path dir) throws IOException {
        TestProject project = TestProject.copyOfReal(dir);
        Path file = project.content().resolve("comparisons/05-temperatures.md");
        String yaml = Files.readString(file);
        Files.writeString(file, yaml.replace("dropping to a staggering low of -28C on Sunday night",
                "dropping  to a staggering\\n low of -28C on Sunday night"));
        assertEquals(0, project.run("check").exitCode());
    }

    @Test
    void comparisonTableLinksEveryCellToItsHighlightedPassage() {
        Document index = Jsoup.parse(page("index.html"));
        Element table = index.selectFirst("table.comparison");
        assertFalse(table.select("caption").text().isBlank());
        assertEquals(6, table.select("thead th[scope=col]").size());
        assertEquals(result.analysis().comparisons().size(), table.select("tbody th[scope=row]").size());
        assertEquals(5 * result.analysis().comparisons().size(), table.select("tbody td").size());
        for (Element td : table.select("tbody td.reported")) {
            assertEquals(1, td.select("a.evidence").size(), "each answer shows its first passage: " + td);
        }
        table.select("td a.evidence").forEach(ComparisonsAndTimelineTest::assertLandsOnAMark);
        assertFalse(table.select("td.not-reported .missing").isEmpty());
        assertTrue(index.select(".timeline time[datetime=2026-01-29]").size() == 1);
    }

    @Test
    void eachPointPageListsEveryPassageOfEveryAnswer() {
        Document index = Jsoup.parse(page("index.html"));
        for (CheckedComparison c : result.analysis().comparisons()) {
            String href = index.selectFirst("tr#" + c.comparison().id() + " th a").attr("href");
            Document point = Jsoup.parse(page(href));
            assertEquals(c.comparison().question(), point.selectFirst("h1").text());
            long passages = c.answers().stream().mapToLong(a -> a.evidence().size()).sum();
            assertEquals(passages, point.select(".passages a").size(), href);
            point.select(".passages a").forEach(a -> assertLandsOnAMark(
                    a.attr("href").replaceFirst("^\\.\\./", "")));
        }
    }

    @Test
    void theTimelinePageHasTheBackgroundAndEveryPassage() {
        Document timeline = Jsoup.parse(page("timeline/index.html"));
        long background = result.analysis().timeline().stream().filter(e -> e.entry().background()).count();
        assertEquals(background, timeline.select("section.background li[id]").size());
        long passages = result.analysis().timeline().stream()
                .flatMap(e -> e.sources().stream()).mapToLong(s -> s.evidence().size()).sum();
        assertEquals(passages, timeline.select(".event-sources a").size());
        timeline.select(".event-sources a").forEach(a -> assertLandsOnAMark(
                a.attr("href").replaceFirst("^\\.\\./", "")));
    }

    private static void assertLandsOnAMark(Element link) {
        assertLandsOnAMark(link.attr("href"));
    }

    /** The anchor exists on the source page and the highlighted passage starts right there (or goes on there). */
    private static void assertLandsOnAMark(String href) {
        String[] target = href.split("#");
        Document source = Jsoup.parse(page(target[0]));
        Element anchor = source.getElementById(target[1]);
        assertTrue(anchor != null, href);
        if (anchor.parent().tagName().equals("mark")) {
            return; // a passage that touches the one before shares its highlight
        }
        Element next = anchor.nextElementSibling();
        while (next != null && next.tagName().equals("span") && next.text().isEmpty()) {
            next = next.nextElementSibling(); // other citations of the same passage start here too
        }
        assertEquals("mark", next == null ? "" : next.tagName(), href);
    }

    private static String page(String path) {
        return RealSite.text(path);
    }

    private static int lineOf(String text, String needle) {
        return (int) text.substring(0, text.indexOf(needle)).chars().filter(c -> c == '\n').count() + 1;
    }
}
