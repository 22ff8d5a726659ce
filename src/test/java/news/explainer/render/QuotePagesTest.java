package news.explainer.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import news.explainer.SiteBuild;
import news.explainer.analyse.quote.Quote;
import news.explainer.analyse.quote.QuoteCluster;
import news.explainer.cli.ExitCodes;
import news.explainer.model.Person;
import news.explainer.testing.RealSite;
import news.explainer.testing.TestProject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The quotes as readers find them: the quotes page, the person pages, the source pages and the explainer. */
class QuotePagesTest {
    private static SiteBuild.Result result;
    private static List<Quote> quotes;
    private static List<QuoteCluster> clusters;

    @BeforeAll
    static void buildTheRealContent() {
        result = RealSite.result();
        quotes = result.analysis().quotes().quotes();
        clusters = result.analysis().quotes().clusters();
    }

    @Test
    void theQuotesPageLinksEveryQuoteOnceToItsPlaceInItsArticle() {
        Document page = page("quotes/index.html");
        List<String> linked = page.select("main a[href^=../sources/]").stream()
                .map(a -> a.attr("href").replaceFirst("^.*#", "")).toList();
        Set<String> distinct = new TreeSet<>(linked);
        assertEquals(quotes.stream().map(Quote::id).collect(Collectors.toCollection(TreeSet::new)), distinct);
        for (Quote q : quotes) {
            Document source = page("sources/" + q.articleId() + ".html");
            Element anchor = source.getElementById(q.id());
            assertTrue(anchor != null, q.id());
        }
    }

    @Test
    void theQuotesPageGroupsBySpeakerThenUtterance() {
        Document page = page("quotes/index.html");
        for (QuoteCluster c : clusters) {
            Element utterance = page.getElementById(c.id());
            assertTrue(utterance != null, c.id());
            Element section = utterance.closest("section.speaker-quotes");
            String expected = c.speakerId().map(id -> "speaker-" + id).orElse("unattributed");
            assertEquals(expected, section.id(), c.id());
        }
        List<String> headings = page.select("section.speaker-quotes > h2").eachText();
        assertEquals("Donald Trump", headings.get(0), "the most quoted speaker comes first");
        assertEquals("No named speaker", headings.get(headings.size() - 1));
    }

    @Test
    void variantsShowWordDifferencesButNotSpellingOnes() {
        Document page = page("quotes/index.html");
        // CNN adds "(Vladimir)" to Trump's sentence; NBC spells Peskov's "favourable" the American way.
        Element trump = page.getElementById(clusterOf("cnn", "I personally asked President (Vladimir)").id());
        Element cnn = variant(trump, "CNN");
        assertTrue(cnn.select("ins").eachText().stream().anyMatch(t -> t.contains("(Vladimir)")), cnn.outerHtml());
        Element peskov = page.getElementById(clusterOf("nbc-news", "in order to create favorable").id());
        Element nbc = variant(peskov, "NBC News (via AOL)");
        assertTrue(nbc.text().contains("favorable"), nbc.text());
        assertTrue(nbc.select("ins, del").eachText().stream().noneMatch(t -> t.contains("favo")), nbc.outerHtml());
        assertFalse(nbc.select(".tag").text().isEmpty(), "a part-quote is labelled as such");
        // Differences are told by text too, not by colour or line style alone.
        assertTrue(cnn.select("ins .visually-hidden").first().text().startsWith("[only in CNN"));
    }

    @Test
    void outletsThatWordedAQuoteAlikeShareOneComparison() {
        Document page = page("quotes/index.html");
        int grouped = 0;
        for (Element variants : page.select("ol.variants")) {
            Set<String> wordings = new TreeSet<>();
            for (Element item : variants.select("> li")) {
                Element diff = item.selectFirst("p.diff");
                String wording = (diff == null ? "" : diff.text()) + " | " + item.select(".tag").text();
                assertTrue(wordings.add(wording), "one item per wording: " + wording);
                int outlets = item.select("p.variant-outlet a").size();
                if (outlets > 1) {
                    grouped++;
                    assertTrue(item.select(".visually-hidden").eachText().stream()
                            .allMatch(t -> t.contains("these outlets")), item.outerHtml());
                }
            }
        }
        // Unnamed outlet A and CNN both quote Trump's "extreme cold", the same part of the same sentence.
        assertTrue(grouped > 0, "the real story has outlets that quote alike");
        Element cold = page.select("ol.variants > li").stream()
                .filter(li -> li.select("p.variant-outlet a").eachText().equals(List.of("Unnamed outlet A", "CNN")))
                .findFirst().orElseThrow();
        assertEquals("… extreme cold …", cold.selectFirst("p.diff").text());
    }

    @Test
    void aPersonPageCountsTheWordingsTheQuotesPageShows() {
        Document quotes = page("quotes/index.html");
        int checked = 0;
        for (Person person : result.analysis().content().people()) {
            for (Element link : page("people/" + person.id() + ".html").select("p.more a")) {
                Element figure = quotes.getElementById(link.attr("href").replaceFirst(".*#", ""));
                Element next = figure.nextElementSibling();
                int shown = 1 + (next != null && next.is("ol.variants") ? next.select("> li").size() : 0);
                assertEquals(shown == 1 ? "All wordings" : "All wordings (" + shown + ")", link.text(), figure.id());
                checked += shown > 1 ? 1 : 0;
            }
        }
        assertTrue(checked > 0);
    }

    @Test
    void aQuoteTheEditorsSetApartIsAnUtteranceOfItsOwn() {
        Quote apart = quotes.stream().filter(q -> q.articleId().equals("unnamed-outlet-b")
                && q.text().equals("very happy")).findFirst().orElseThrow();
        assertEquals(List.of(apart.id()), clusterOf("unnamed-outlet-b", "very happy").quoteIds());
        assertTrue(apart.editorNote().isPresent());
        QuoteCluster thanks = clusterOf("nbc-news", "A lot of people said");
        assertTrue(thanks.quoteIds().size() > 1, "the remark it shares words with is still carried by several");
    }

    @Test
    void eachPersonPageListsTheirUtterances() {
        for (var person : result.analysis().content().people()) {
            long expected = clusters.stream().filter(c -> c.speakerId().filter(person.id()::equals).isPresent()).count();
            Document page = page("people/" + person.id() + ".html");
            assertEquals(expected, page.select("figure.utterance").size(), person.id());
            for (Element link : page.select("p.more a")) {
                assertTrue(link.attr("href").startsWith("../quotes/index.html#c"), link.attr("href"));
            }
        }
    }

    @Test
    void sourcePagesLinkEachQuoteToItsUtterance() {
        Map<String, String> clusterOf = clusters.stream().flatMap(c -> c.quoteIds().stream().map(q -> Map.entry(q, c.id())))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        for (var article : result.analysis().content().articles()) {
            Document source = page("sources/" + article.id() + ".html");
            List<String> links = source.select("a.quote-link").eachAttr("href");
            List<String> expected = quotes.stream().filter(q -> q.articleId().equals(article.id()))
                    .map(q -> "../quotes/index.html#" + clusterOf.get(q.id())).toList();
            assertEquals(expected, links, article.id());
        }
    }

    @Test
    void theExplainerShowsTheMostWidelyCarriedQuotesWithTheirCount() {
        Document index = page("index.html");
        List<Element> key = index.select(".key-quotes figure.utterance");
        assertFalse(key.isEmpty());
        int previous = Integer.MAX_VALUE;
        for (Element figure : key) {
            QuoteCluster c = clusters.stream().filter(x -> x.id().equals(figure.id())).findFirst().orElseThrow();
            int outlets = (int) c.quoteIds().stream().map(id -> quotes.stream().filter(q -> q.id().equals(id))
                    .findFirst().orElseThrow().articleId()).distinct().count();
            assertTrue(outlets >= 2 && outlets <= previous, figure.id());
            assertTrue(figure.select(".carried").text().startsWith("Carried by " + outlets + " of 5 outlets"),
                    figure.select(".carried").text());
            previous = outlets;
        }
    }

    @Test
    void anEditorsAttributionIsAppliedShownAndExported(@TempDir Path dir) throws IOException {
        TestProject project = TestProject.copyOfReal(dir);
        project.write("content/quotes/fragment-speaker.md", """
                ---
                article: huffpost-uk
                quote: "agreed to that"
                speaker: donald-trump
                ---
                The sentence around the quote makes clear it is Trump's, as the
                *Cabinet meeting* paragraph shows.
                """);
        assertEquals(ExitCodes.OK, project.run("build").exitCode());
        String json = Files.readString(project.site().resolve("data/explainer.json"));
        assertTrue(json.contains("\"attributedBy\" : \"editor\""), "the export says who attributed it");
        Document page = Jsoup.parse(Files.readString(project.site().resolve("quotes/index.html")));
        assertTrue(page.select(".editor-note em").eachText().contains("Cabinet meeting"), "the note is shown");
    }

    /**
     * "Ana Kovac" in the text is the person file's "Ana Kovač" (the same name without its accents): one section on
     * the quotes page holds both her quotes, and no page has an id twice.
     */
    @Test
    void aSpeakerSpelledTwoWaysIsOneSectionAndEveryIdIsUnique(@TempDir Path dir) throws IOException {
        TestProject project = TestProject.copyOfReal(dir);
        project.write("content/people/ana-kovac.md", "---\nname: Ana Kovač\nrole: Mayor of Split\n---\n");
        project.write("content/articles/kovac.txt", """
                Talks resume in Split
                “We will not stop the talks while the cold lasts,” Ana Kovač said on Tuesday.
                “The city is ready for the winter,” Ana Kovac said.
                """);
        project.write("content/sources/kovac.md", "---\nfile: kovac.txt\noutlet: Split Daily\n"
                + "published: 2026-01-30\n---\n");
        assertEquals(ExitCodes.OK, project.run("build").exitCode());

        Document page = Jsoup.parse(Files.readString(project.site().resolve("quotes/index.html")));
        Element section = page.getElementById("speaker-ana-kovac");
        assertEquals("Ana Kovač", section.selectFirst("h2").text());
        assertTrue(section.text().contains("We will not stop the talks"), section.text());
        assertTrue(section.text().contains("The city is ready"), section.text());
        try (var pages = Files.walk(project.site())) {
            for (Path html : pages.filter(f -> f.toString().endsWith(".html")).toList()) {
                List<String> ids = Jsoup.parse(Files.readString(html)).select("[id]").eachAttr("id");
                assertEquals(new TreeSet<>(ids).size(), ids.size(), project.site().relativize(html).toString());
            }
        }
    }

    @Test
    void anEditorCanSayThatNoNamedPersonSpoke(@TempDir Path dir) throws IOException {
        TestProject project = TestProject.copyOfReal(dir);
        project.write("content/quotes/agreed.md", """
                ---
                article: huffpost-uk
                quote: "agreed to that"
                speaker: none
                ---
                """);
        assertEquals(ExitCodes.OK, project.run("build").exitCode());
        var json = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(project.site().resolve("data/explainer.json").toFile());
        var quote = java.util.stream.StreamSupport.stream(json.get("quotes").spliterator(), false)
                .filter(q -> q.get("text").asText().equals("agreed to that")).findFirst().orElseThrow();
        assertTrue(quote.get("speaker").isNull());
        assertEquals("editor", quote.get("attributedBy").asText());
        Document page = Jsoup.parse(Files.readString(project.site().resolve("quotes/index.html")));
        Element item = page.getElementById(quote.get("cluster").asText());
        assertEquals("unattributed", item.closest("section").id());
        assertTrue(item.text().contains("no speaker named, on the editors' decision"), item.text());
    }

    @Test
    void anAttributionThatMatchesNoQuoteStopsTheBuildWithItsLine(@TempDir Path dir) throws IOException {
        TestProject project = TestProject.copyOfReal(dir);
        project.write("content/quotes/typo.md", """
                ---
                article: huffpost-uk
                quote: "agreed to this"
                speaker: donald-trump
                ---
                """);
        TestProject.Run run = project.run("build");
        assertEquals(ExitCodes.PROBLEMS, run.exitCode());
        assertTrue(run.err().contains("content/quotes/typo.md:3:"), run.err());
        assertTrue(run.err().contains("attribution matches no quote in 'huffpost-uk': “agreed to this”"), run.err());
        assertTrue(run.err().contains("the nearest quote starts “agreed to that"), run.err());
        assertFalse(Files.exists(project.site()), "nothing is written");
    }

    private static QuoteCluster clusterOf(String article, String startsWith) {
        Quote quote = quotes.stream().filter(q -> q.articleId().equals(article) && q.text().startsWith(startsWith))
                .findFirst().orElseThrow(() -> new AssertionError(article + ": " + startsWith));
        return clusters.stream().filter(c -> c.quoteIds().contains(quote.id())).findFirst().orElseThrow();
    }

    /** The variant list entry of an outlet, following the utterance's figure. */
    private static Element variant(Element figure, String outlet) {
        Element list = figure.nextElementSibling();
        return list.select("li").stream().filter(li -> li.selectFirst(".variant-outlet a").text().equals(outlet))
                .findFirst().orElseThrow(() -> new AssertionError(outlet + " in " + list.outerHtml()));
    }

    private static Document page(String path) {
        return RealSite.page(path);
    }
}
