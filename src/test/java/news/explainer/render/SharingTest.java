package news.explainer.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import news.explainer.SiteBuild;
import news.explainer.cli.ExitCodes;
import news.explainer.render.publish.ShareImage;
import news.explainer.testing.RealSite;
import news.explainer.testing.TestProject;
import news.explainer.write.OutputFile;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a shared link, a feed reader, a search engine and a host see, beside the pages themselves. */
class SharingTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static SiteBuild.Result result;

    @BeforeAll
    static void buildTheRealContent() {
        result = RealSite.result();
    }

    @Test
    void everyPageHasItsOwnTitleDescriptionAndShareCard() throws IOException {
        for (OutputFile file : pages()) {
            Document page = Jsoup.parse(text(file));
            assertEquals(page.title(), meta(page, "og:title"), file.path());
            assertEquals(page.selectFirst("meta[name=description]").attr("content"), meta(page, "og:description"));
            assertFalse(meta(page, "og:description").isBlank(), file.path());
            assertEquals("summary_large_image", page.selectFirst("meta[name=twitter:card]").attr("content"));
            assertFalse(meta(page, "og:image:alt").isBlank());
            String image = Path.of(file.path()).resolveSibling(meta(page, "og:image")).normalize().toString();
            assertEquals(OutputPath.SHARE_IMAGE, image, "the share image is found from " + file.path());
            String feed = Path.of(file.path()).resolveSibling(
                    page.selectFirst("link[rel=alternate][type=application/atom+xml]").attr("href")).normalize()
                    .toString();
            assertEquals(OutputPath.FEED, feed, file.path());
        }
        Set<String> titles = pages().stream().map(f -> Jsoup.parse(text(f)).title()).collect(Collectors.toSet());
        assertEquals(pages().size(), titles.size(), "no two pages share a title");
    }

    @Test
    void theShareImageIsTheComparisonGridAtTheSizeSharingSitesUse() throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(file(OutputPath.SHARE_IMAGE).bytes()));
        assertEquals(1200, image.getWidth());
        assertEquals(630, image.getHeight());
        assertEquals(0xfdfcf9, image.getRGB(600, 2) & 0xffffff, "paper at the top edge");
        assertEquals(0x1a4f8a, image.getRGB(2, 300) & 0xffffff, "the ink band down the left edge");
        String alt = meta(Jsoup.parse(text(file("index.html"))), "og:image:alt");
        int points = result.analysis().comparisons().size();
        long flagged = result.analysis().comparisons().stream().filter(c -> !c.discrepancies().isEmpty()).count();
        assertTrue(alt.startsWith("A grid of " + points + " disputed points by 5 outlets"), alt);
        assertTrue(alt.contains("beside the " + flagged + " where their figures differ"), alt);

        ShareImage share = new ShareImage();
        List<ShareImage.Row> rows =
                List.of(new ShareImage.Row(List.of(ShareImage.Cell.REPORTED, ShareImage.Cell.NOT_REPORTED), true));
        assertArrayEquals(share.render(rows, 2), share.render(rows, 2), "same content, same bytes");
        List<ShareImage.Row> other =
                List.of(new ShareImage.Row(List.of(ShareImage.Cell.REPORTED, ShareImage.Cell.REPORTED), true));
        assertFalse(java.util.Arrays.equals(share.render(rows, 2), share.render(other, 2)), "the grid shows the answers");
    }

    @Test
    void theExplainerIsANewsArticleCitingEachSourceAndNamingOnlyTheOutletsTheTextNames() throws IOException {
        JsonNode data = jsonLd(Jsoup.parse(text(file("index.html")))).get(0);
        assertEquals("NewsArticle", data.get("@type").asText());
        assertEquals(result.analysis().content().story().title(), data.get("headline").asText());
        JsonNode citations = data.get("citation");
        assertEquals(result.analysis().content().articles().size(), citations.size());
        for (int i = 0; i < citations.size(); i++) {
            var article = result.analysis().content().articles().get(i);
            assertEquals(article.outletNamed(), citations.get(i).has("publisher"), article.id());
        }
    }

    @Test
    void aPointThatSettlesAClaimCarriesAClaimReviewAndShowsIt() throws IOException {
        for (var c : result.analysis().comparisons()) {
            Document page = Jsoup.parse(text(file(OutputPath.point(c.comparison().id()))));
            List<JsonNode> data = jsonLd(page);
            assertEquals(c.comparison().claim().isPresent() ? 1 : 0, data.size(), c.comparison().id());
            c.comparison().claim().ifPresent(claim -> {
                assertEquals("ClaimReview", data.get(0).get("@type").asText());
                assertEquals(claim.text(), data.get(0).get("claimReviewed").asText());
                assertEquals(claim.rating(), data.get(0).at("/reviewRating/alternateName").asText());
                assertEquals(claim.verdict(), data.get(0).get("reviewBody").asText());
                Element shown = page.selectFirst("aside.claim");
                assertTrue(shown.text().contains(claim.text()) && shown.text().contains(claim.verdict()),
                        "structured data says only what the page shows");
            });
        }
        assertTrue(result.analysis().comparisons().stream().anyMatch(c -> c.comparison().claim().isPresent()));
    }

    @Test
    void theFeedIsAtomWithOneEntryPerUpdate() throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        org.w3c.dom.Document feed = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(file(OutputPath.FEED).bytes()));
        assertEquals("http://www.w3.org/2005/Atom", feed.getDocumentElement().getNamespaceURI());
        assertEquals(result.analysis().content().story().updates().size(),
                feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry").getLength());
        assertEquals("2026-02-01T00:00:00Z",
                feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "updated").item(0).getTextContent());
    }

    @Test
    void withoutABaseUrlThereIsNoSitemapAndNoAbsoluteLink() {
        assertTrue(result.files().stream().noneMatch(f -> f.path().equals("sitemap.xml") || f.path().equals("robots.txt")));
        for (OutputFile file : pages()) {
            Document page = Jsoup.parse(text(file));
            assertTrue(page.select("link[rel=canonical], meta[property=og:url]").isEmpty(), file.path());
        }
    }

    /**
     * An HTML file among the templates' assets (an about page, a host's verification file) is a page of the site
     * like any other: the sitemap lists it after the rendered pages, and the summary counts it, as {@code serve} does.
     */
    @Test
    void anHtmlAssetIsListedInTheSitemapAndCountedAsAPage(@TempDir Path dir) throws IOException {
        TestProject project = withBaseUrl(dir);
        Files.writeString(project.templates().resolve("assets/about.html"), "<!doctype html><title>About</title>");
        TestProject.Run run = project.run("build");
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        String sitemap = Files.readString(project.site().resolve("sitemap.xml"));
        assertTrue(sitemap.endsWith("<loc>https://example.org/explainers/kyiv/about.html</loc></url>\n</urlset>\n"),
                sitemap);
        long pages = htmlFiles(project.site());
        assertTrue(run.out().contains(" " + pages + " pages,"), run.out());
        assertEquals(pages, new SiteBuild(project.content(), project.templates(), dir).run().pageCount(),
                "the count serve prints");
    }

    /**
     * An asset in the way of a file the build makes would replace it, or be replaced: refused, each with what the
     * build makes there.
     */
    @Test
    void anAssetInTheWayOfAFileTheBuildMakesIsRefused(@TempDir Path dir) throws IOException {
        TestProject project = withBaseUrl(dir);
        Map<String, String> expected = Map.of(
                "index.html", "the build makes a page at index.html",
                "sources/cnn.txt", "the build makes article cnn's file as saved at sources/cnn.txt",
                "robots.txt", "the build makes the robots file at robots.txt",
                "feed.xml", "the build makes the feed at feed.xml",
                "share.png", "the build makes the share image at share.png",
                ".generated", "the build makes the marker that says the folder is a site this generator made",
                "data", "the build needs a folder at data, for the data export",
                "sitemap.xml/logo.svg", "the build makes the sitemap at sitemap.xml, where this asset needs a folder",
                "sources/nbc-news.txt/photo.png",
                "the build makes article nbc-news's file as saved at sources/nbc-news.txt,"
                        + " where this asset needs a folder");
        for (String path : expected.keySet()) {
            Path asset = project.templates().resolve("assets").resolve(path);
            Files.createDirectories(asset.getParent());
            Files.writeString(asset, "an asset");
        }
        TestProject.Run run = project.run("build");
        assertEquals(ExitCodes.PROBLEMS, run.exitCode(), run.err());
        expected.forEach((path, message) -> assertTrue(
                run.err().contains("templates/assets/" + path + ": error: " + message), run.err()));
        assertTrue(run.err().contains("rename or move the asset"), run.err());
    }

    /** A robots file among the assets is the site's own when the build makes none: a story without a base URL. */
    @Test
    void anAssetWhereTheBuildMakesNothingIsCopied(@TempDir Path dir) throws IOException {
        TestProject project = TestProject.copyOfReal(dir);
        Files.writeString(project.templates().resolve("assets/robots.txt"), "User-agent: *\n");
        TestProject.Run run = project.run("build");
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertEquals("User-agent: *\n", Files.readString(project.site().resolve("robots.txt")));
    }

    @Test
    void withABaseUrlTheSitemapListsEveryPageAndPagesNameTheirCanonicalAddress(@TempDir Path dir) throws IOException {
        TestProject project = withBaseUrl(dir);
        assertEquals(ExitCodes.OK, project.run("build").exitCode());
        String sitemap = Files.readString(project.site().resolve("sitemap.xml"));
        long pages = htmlFiles(project.site());
        assertEquals(pages, sitemap.split("<loc>").length - 1);
        assertTrue(sitemap.contains("<loc>https://example.org/explainers/kyiv/</loc>"), sitemap);
        assertTrue(sitemap.contains("<loc>https://example.org/explainers/kyiv/sources/cnn.html</loc>"), sitemap);
        assertTrue(Files.readString(project.site().resolve("robots.txt"))
                .contains("Sitemap: https://example.org/explainers/kyiv/sitemap.xml"));
        Document cnn = Jsoup.parse(Files.readString(project.site().resolve("sources/cnn.html")));
        assertEquals("https://example.org/explainers/kyiv/sources/cnn.html", cnn.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals("https://example.org/explainers/kyiv/share.png", meta(cnn, "og:image"));
        assertEquals("../style.css", cnn.selectFirst("link[rel=stylesheet]").attr("href"), "links stay relative");
    }

    @Test
    void aBaseUrlThatIsNotAWebAddressIsAnError(@TempDir Path dir) throws IOException {
        TestProject project = TestProject.copyOfReal(dir);
        Path story = project.content().resolve("story.md");
        Files.writeString(story, Files.readString(story).replace("updated: 2026-02-01",
                "updated: 2026-02-01\nbaseUrl: javascript:alert(1)"));
        TestProject.Run run = project.run("check");
        assertEquals(ExitCodes.PROBLEMS, run.exitCode());
        assertTrue(run.err().contains("story.md:10:1: error: 'baseUrl' must be an absolute http or https address"),
                run.err());
    }

    @Test
    void noTitleCanBreakOutOfTheStructuredData(@TempDir Path dir) throws IOException {
        TestProject project = TestProject.copyOfReal(dir);
        Path story = project.content().resolve("story.md");
        String hostile = "Kyiv </script><script>window.pwned=1</script> <!-- & more";
        Files.writeString(story, Files.readString(story).replaceFirst("(?m)^title: .*$",
                "title: \"" + hostile + "\""));
        assertEquals(ExitCodes.OK, project.run("build").exitCode());
        Document index = Jsoup.parse(Files.readString(project.site().resolve("index.html")));
        assertEquals(1, index.select("script").size(), "only the structured data");
        assertEquals(hostile, jsonLd(index).get(0).get("headline").asText());
    }

    @Test
    void anUnknownClaimAuthorIsAnErrorWithTheNearestPerson(@TempDir Path dir) throws IOException {
        TestProject project = TestProject.copyOfReal(dir);
        Path point = project.content().resolve("comparisons/01-russian-confirmation.md");
        Files.writeString(point, Files.readString(point).replace("by: donald-trump", "by: donald-trmp"));
        TestProject.Run run = project.run("check");
        assertEquals(ExitCodes.PROBLEMS, run.exitCode());
        assertTrue(run.err().contains("01-russian-confirmation.md:6:3: error: unknown person 'donald-trmp' as the"
                + " claim's author"), run.err());
        assertTrue(run.err().contains("did you mean 'donald-trump'?"), run.err());
    }

    private static List<JsonNode> jsonLd(Document page) {
        return page.select("script[type=application/ld+json]").stream().map(s -> {
            try {
                return JSON.readTree(s.data());
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + s.data(), e);
            }
        }).toList();
    }

    private static String meta(Document page, String property) {
        Element meta = page.selectFirst("meta[property=" + property + "]");
        assertTrue(meta != null, property);
        return meta.attr("content");
    }

    private static List<OutputFile> pages() {
        return result.files().stream().filter(f -> f.path().endsWith(".html")).toList();
    }

    private static OutputFile file(String path) {
        return RealSite.file(path);
    }

    private static String text(OutputFile file) {
        return new String(file.bytes(), StandardCharsets.UTF_8);
    }

    /** A copy of the real project whose story gives a base URL, so that a sitemap is made. */
    private static TestProject withBaseUrl(Path dir) throws IOException {
        TestProject project = TestProject.copyOfReal(dir);
        Path story = project.content().resolve("story.md");
        Files.writeString(story, Files.readString(story).replace("updated: 2026-02-01",
                "updated: 2026-02-01\nbaseUrl: https://example.org/explainers/kyiv"));
        return project;
    }

    private static long htmlFiles(Path site) throws IOException {
        try (var walk = Files.walk(site)) {
            return walk.filter(p -> p.toString().endsWith(".html")).count();
        }
    }
}
