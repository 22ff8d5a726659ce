package news.explainer.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import news.explainer.cli.ExitCodes;
import news.explainer.testing.TestProject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A story with more articles than the explainer shows one by one: the real story, each article saved again under
 * another name for the same outlet, as an aggregator's feed brings the same report twice.
 */
class ExplainerAtScaleTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void beyondTheLimitTheExplainerCountsWhatThePointPagesShowOneByOne(@TempDir Path dir) throws IOException {
        int articles = PagePlanner.ARTICLES_AT_A_GLANCE + 1;
        TestProject project = copies(dir, articles);
        TestProject.Run run = project.run("build");
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        // The eight copies have no answers: one warning for each point, not one for each copy and point.
        List<String> warnings = run.err().lines().filter(line -> line.contains(": warning: no answer for ")).toList();
        List<String> points;
        try (Stream<Path> files = Files.list(project.content().resolve("comparisons"))) {
            points = files.map(file -> file.getFileName().toString()).sorted().toList();
        }
        assertEquals(points, warnings.stream().map(line -> line.substring(0, line.indexOf(':')))
                .map(path -> path.substring(path.lastIndexOf('/') + 1)).sorted().toList(), String.join("\n", warnings));
        for (String warning : warnings) {
            assertTrue(warning.matches(".*: warning: no answer for 8 of the 13 articles: ('[a-z-]+-copy\\d', ){4}"
                    + "'[a-z-]+-copy\\d' and 3 more: say what each reports, or write status: not-reported"), warning);
        }
        // Nor one for each copy that no point cites: one for them all, at the points' folder.
        List<String> uncited = run.err().lines().filter(line -> line.contains("no comparison point cites")).toList();
        assertEquals(1, uncited.size(), String.join("\n", uncited));
        assertTrue(uncited.get(0).matches(".*content/comparisons: warning: no comparison point cites 8 of the 13"
                + " articles: ('[a-z-]+-copy\\d', ){4}'[a-z-]+-copy\\d' and 3 more"), uncited.get(0));
        Document index = page(project, "index.html");

        JsonNode data = JSON.readTree(project.site().resolve("data/explainer.json").toFile());
        Element table = index.selectFirst("table.comparison");
        assertTrue(table.hasClass("glance"), "a table of counts");
        assertEquals(List.of("Point", "Reported by"), table.select("thead th").eachText(), "no column per article");
        for (Element row : table.select("tbody tr")) {
            // The point's page: a section for each article that reports it, the others counted by outlet. The five
            // real articles are answered for; their eight copies are not yet.
            Document point = page(project, row.selectFirst("th a").attr("href"));
            int reported = point.select("section.answer").size();
            assertTrue(point.select("section.answer.not-reported").isEmpty(), row.id());
            Element notReported = point.selectFirst("#not-reported-heading");
            assertEquals(5 - reported, notReported == null ? 0 : counted(notReported, "Not reported by "), row.id());
            assertEquals(8, counted(point.selectFirst("#unchecked-heading"), "Not yet checked in "), row.id());
            // Two articles of one outlet are told apart by their titles: a section for each article whose answer
            // reports the point, as the data export has them, in the articles' order.
            List<String> expected = reportingArticles(data, row.id());
            List<String> headings = point.select("section.answer h3").eachText();
            assertEquals(expected.size(), headings.size(), row.id() + ": " + headings);
            for (int i = 0; i < expected.size(); i++) {
                assertTrue(headings.get(i).startsWith(expected.get(i)), headings.get(i) + " for " + expected.get(i));
            }
            assertEquals("Reported by " + reported + " of " + articles + " articles; 8 not yet checked",
                    row.selectFirst("td").text(), row.id());
        }
        // Once two articles share an outlet, every value a flag gives says how many articles give it.
        assertTrue(table.select("p.flag").eachText().stream().anyMatch(
                f -> f.contains("\u221228 °C in 1 article (HuffPost UK: “-28C”); \u221220 °C in 1 article")),
                table.select("p.flag").eachText().toString());

        assertTrue(index.select("li.source-item").isEmpty(), "the sources are not listed one by one");
        int counted = 0;
        Pattern count = Pattern.compile(": (\\d+) articles?$");
        for (String item : index.select("ul.outlet-counts li").eachText()) {
            Matcher m = count.matcher(item);
            assertTrue(m.find(), item);
            counted += Integer.parseInt(m.group(1));
        }
        assertEquals(articles, counted, "every article is counted under one outlet");
        // Thirteen articles: the five, then copies of CNN's, HuffPost UK's, NBC News's, A's, B's, CNN's, ... The
        // most articles first, then by name; those whose outlet the text does not name together, last.
        assertEquals(List.of("CNN: 3 articles", "HuffPost UK: 3 articles", "NBC News (via AOL): 3 articles",
                "Outlets not named in the text: 4 articles"), index.select("ul.outlet-counts li").eachText());
        assertEquals("sources/index.html", index.selectFirst("ul.outlet-counts + p a").attr("href"),
                "the full list is a link away");
        assertEquals(articles, page(project, "sources/index.html").select("li.source-item").size());
        assertFalse(JSON.readTree(index.selectFirst("script[type=application/ld+json]").data()).has("citation"),
                "no citations in the head of a page that does not list them");

        // Each copy quotes as its original did: the two share a comparison, whose words, told apart for screen
        // readers, are said to be of "these outlets".
        Document quotes = page(project, "quotes/index.html");
        List<Element> grouped = quotes.select("ol.variants > li").stream()
                .filter(li -> li.select("p.variant-outlet a").size() > 1 && !li.select("ins, del").isEmpty())
                .toList();
        assertFalse(grouped.isEmpty());
        for (Element item : grouped) {
            assertTrue(item.select(".visually-hidden").eachText().stream()
                    .allMatch(t -> t.equals("[not in these outlets:]") || t.equals("[only in these outlets:]")),
                    item.outerHtml());
        }
    }

    /** One article without answers is warned about where it is, once for each point and once for all. */
    @Test
    void oneArticleWithoutAnswersIsNamedInEachWarning(@TempDir Path dir) throws IOException {
        TestProject.Run run = copies(dir, 6).run("build");
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        List<String> warnings = run.err().lines().filter(line -> line.contains(": warning: ")).toList();
        assertEquals(11, warnings.size(), String.join("\n", warnings));
        assertEquals(10, warnings.stream().filter(line -> line.endsWith(": warning: no answer for 'cnn-copy0':"
                + " say what it reports, or write status: not-reported")).count(), String.join("\n", warnings));
        assertTrue(warnings.stream().anyMatch(line -> line.endsWith(
                "content/sources/cnn-copy0.md: warning: no comparison point cites this article")),
                String.join("\n", warnings));
    }

    @Test
    void upToTheLimitEachArticleHasAColumnAndAnItem(@TempDir Path dir) throws IOException {
        TestProject project = storyOf(dir, PagePlanner.ARTICLES_AT_A_GLANCE);
        Document index = page(project, "index.html");
        Element table = index.selectFirst("table.comparison");
        assertFalse(table.hasClass("glance"));
        // Twelve columns are wider than many screens: the table scrolls in a frame a keyboard can reach and a screen
        // reader can name, not the whole page.
        Element frame = table.parent();
        assertEquals("region", frame.attr("role"));
        assertEquals("0", frame.attr("tabindex"));
        assertEquals(table.selectFirst("caption").id(), frame.attr("aria-labelledby"));
        assertEquals(PagePlanner.ARTICLES_AT_A_GLANCE + 1, table.select("thead th").size(), "the point, each article");
        // Three CNN articles of one day: each column is told apart, and each cell's label (shown on a phone) is its
        // column's heading.
        List<String> headings = table.select("thead th").eachText().subList(1, PagePlanner.ARTICLES_AT_A_GLANCE + 1);
        assertEquals(headings.size(), new java.util.HashSet<>(headings).size(), headings.toString());
        assertTrue(headings.containsAll(List.of("CNN, 29 Jan (1)", "CNN, 29 Jan (2)", "CNN, 29 Jan (3)")),
                headings.toString());
        for (Element row : table.select("tbody tr")) {
            assertEquals(headings, row.select("td .cell-outlet").eachText(), row.id());
        }
        for (Element row : table.select("tbody tr")) {
            assertEquals(PagePlanner.ARTICLES_AT_A_GLANCE, row.select("td").size(), "a cell under each column");
            assertEquals(PagePlanner.ARTICLES_AT_A_GLANCE - 5, row.select("td:contains(Not yet checked)").size(),
                    "the copies have no answers yet: " + row.id());
            Document point = page(project, row.selectFirst("th a").attr("href"));
            assertEquals(PagePlanner.ARTICLES_AT_A_GLANCE, point.select("section.answer").size(), "one per article");
            assertEquals(PagePlanner.ARTICLES_AT_A_GLANCE - 5,
                    point.select("section.answer p:contains(Not yet checked)").size(), row.id());
            assertTrue(point.select("#not-reported-heading, #unchecked-heading").isEmpty());
        }
        assertEquals(PagePlanner.ARTICLES_AT_A_GLANCE, index.select("li.source-item").size());
        assertTrue(index.select("ul.outlet-counts").isEmpty());
        assertEquals(PagePlanner.ARTICLES_AT_A_GLANCE,
                JSON.readTree(index.selectFirst("script[type=application/ld+json]").data()).get("citation").size());
    }

    @Test
    void whenArticlesShareAnOutletCountsAreOfArticlesAndFlagsNameEachOutletOnce(@TempDir Path dir)
            throws IOException {
        TestProject project = copies(dir, 7); // CNN and HuffPost UK twice
        project.replace("content/comparisons/05-temperatures.md", "answers:\n", """
                answers:
                  - article: huffpost-uk-copy1
                    answer: "-28C, Sunday night (forecast)."
                    status: reported
                    evidence:
                      - "dropping to a staggering low of -28C on Sunday night"
                """);
        build(project);
        Document index = page(project, "index.html");
        List<String> carried = index.select(".carried").eachText();
        assertFalse(carried.isEmpty());
        assertTrue(carried.stream().allMatch(t -> t.matches("Carried by \\d+ of 7 articles.*")), carried.toString());
        assertTrue(index.selectFirst("meta[property=og:image:alt]").attr("content").contains("by 7 articles"));
        List<String> flags = index.select("p.flag").eachText();
        assertFalse(flags.isEmpty());
        for (String flag : flags) {
            assertFalse(flag.contains("HuffPost UK, HuffPost UK"), flag);
        }
        assertTrue(flags.stream().anyMatch(f -> f.contains("\u221228 °C in 2 articles (HuffPost UK: “-28C”)")),
                flags.toString());
    }

    /**
     * The real story with {@code articles} articles: the real five, then copies of them in turn, each with an
     * annotation naming the same outlet.
     */
    private static TestProject storyOf(Path dir, int articles) throws IOException {
        return build(copies(dir, articles));
    }

    private static TestProject copies(Path dir, int articles) throws IOException {
        TestProject project = TestProject.copyOfReal(dir);
        List<Path> annotations;
        try (Stream<Path> files = Files.list(project.content().resolve("sources"))) {
            annotations = files.sorted().toList();
        }
        for (int i = 0; i < articles - annotations.size(); i++) {
            Path annotation = annotations.get(i % annotations.size());
            String text = Files.readString(annotation);
            Matcher file = Pattern.compile("(?m)^file: (.+)\\.txt$").matcher(text);
            assertTrue(file.find(), annotation.toString());
            String copy = file.group(1) + "-copy" + i;
            Files.copy(project.content().resolve("articles").resolve(file.group(1) + ".txt"),
                    project.content().resolve("articles").resolve(copy + ".txt"));
            String name = annotation.getFileName().toString().replace(".md", "-copy" + i + ".md");
            project.write("content/sources/" + name, text.replace(file.group(0), "file: " + copy + ".txt"));
        }
        return project;
    }

    private static TestProject build(TestProject project) {
        TestProject.Run run = project.run("build");
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        return project;
    }

    /**
     * The number of articles a heading gives ("Not reported by 3 articles"), checked against the counts by outlet
     * in the list that follows it.
     */
    private static int counted(Element heading, String before) {
        Matcher m = Pattern.compile(Pattern.quote(before) + "(\\d+) articles?").matcher(heading.text());
        assertTrue(m.matches(), heading.text());
        int byOutlet = 0;
        for (String item : heading.nextElementSibling().select("li").eachText()) {
            Matcher count = Pattern.compile(": (\\d+) articles?$").matcher(item);
            assertTrue(count.find(), item);
            byOutlet += Integer.parseInt(count.group(1));
        }
        assertEquals(Integer.parseInt(m.group(1)), byOutlet, heading.text());
        return byOutlet;
    }

    /**
     * "Outlet: headline" of each article whose answer to the point reports it, in the order of the export's articles;
     * "Outlet: " alone for an article without a headline, whose page shows its first words instead.
     */
    private static List<String> reportingArticles(JsonNode data, String point) {
        Set<String> reporting = new HashSet<>();
        for (JsonNode comparison : data.get("comparisons")) {
            if (comparison.get("id").asText().equals(point)) {
                for (JsonNode answer : comparison.get("answers")) {
                    if (answer.get("status").asText().equals("reported")) {
                        reporting.add(answer.get("article").asText());
                    }
                }
            }
        }
        assertFalse(reporting.isEmpty(), point);
        List<String> headings = new ArrayList<>();
        for (JsonNode article : data.get("articles")) {
            if (reporting.contains(article.get("id").asText())) {
                headings.add(article.get("outlet").asText() + ": " + article.get("title").asText(""));
            }
        }
        return headings;
    }

    private static Document page(TestProject project, String path) throws IOException {
        return Jsoup.parse(Files.readString(project.site().resolve(path)));
    }
}
