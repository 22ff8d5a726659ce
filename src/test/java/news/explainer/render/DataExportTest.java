package news.explainer.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import news.explainer.testing.RealSite;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The data export is a contract: its fields are there, and its offsets point at the words they claim. */
class DataExportTest {
    private static JsonNode data;

    @BeforeAll
    static void export() throws IOException {
        byte[] json = RealSite.file("data/explainer.json").bytes();
        data = new ObjectMapper().readTree(json);
    }

    @Test
    void topLevelFieldsAreTheDocumentedOnes() {
        List<String> names = new ArrayList<>();
        data.fieldNames().forEachRemaining(names::add);
        assertEquals(List.of("version", "story", "articles", "people", "quotes", "quoteClusters", "timeline",
                "comparisons"), names);
    }

    @Test
    void everyFieldTheExportHoldsIsDocumentedInTheContentReadme() throws IOException {
        String readme = java.nio.file.Files.readString(Path.of("content/README.md"));
        String section = readme.substring(readme.indexOf("## The data export"));
        java.util.Set<String> documented = new java.util.TreeSet<>();
        // Names are written in backticks, alone (`speaker`) or as paths (`articles[].byline`).
        java.util.regex.Matcher spans = java.util.regex.Pattern.compile("`([^`]+)`").matcher(section);
        while (spans.find()) {
            documented.addAll(List.of(spans.group(1).split("[^A-Za-z]+")));
        }
        java.util.Set<String> used = new java.util.TreeSet<>();
        collectKeys(data, used);
        used.removeAll(documented);
        assertEquals(java.util.Set.of(), used, "fields in data/explainer.json that content/README.md does not name");
    }

    private static void collectKeys(JsonNode node, java.util.Set<String> keys) {
        node.fields().forEachRemaining(e -> {
            keys.add(e.getKey());
            collectKeys(e.getValue(), keys);
        });
        if (node.isArray()) {
            node.forEach(child -> collectKeys(child, keys));
        }
    }

    @Test
    void storyQuotesAndComparisonsCarryTheirDocumentedFields() {
        for (String field : List.of("title", "summary", "windowStart", "windowEnd", "updates")) {
            assertTrue(data.get("story").has(field), field);
        }
        assertEquals("2026-02-01", data.at("/story/updates/0/date").asText());
        for (JsonNode q : data.get("quotes")) {
            for (String field : List.of("id", "article", "speaker", "attributedBy", "editorNote", "text", "fragment",
                    "cluster", "start", "end")) {
                assertTrue(q.has(field), field + " in " + q);
            }
            if (q.get("attributedBy").isNull() || q.get("attributedBy").asText().equals("text")) {
                assertEquals(q.get("speaker").isNull(), q.get("attributedBy").isNull(), q.toString());
            }
        }
        int claims = 0;
        for (JsonNode c : data.get("comparisons")) {
            for (String field : List.of("id", "question", "answers", "discrepancies", "claim")) {
                assertTrue(c.has(field), field + " in " + c.get("id"));
            }
            if (!c.get("claim").isNull()) {
                claims++;
                assertEquals("donald-trump", c.at("/claim/by").asText());
            }
        }
        assertEquals(1, claims);
    }

    @Test
    void articlesCarryTheirDocumentedFields() {
        assertEquals(5, data.get("articles").size());
        for (JsonNode a : data.get("articles")) {
            for (String field : List.of("id", "file", "outlet", "outletNamed", "title", "published",
                    "datelineAsGiven", "dateCorrection", "byline", "url")) {
                assertTrue(a.has(field), field + " in " + a);
            }
        }
        JsonNode corrected = find(data.get("articles"), "unnamed-outlet-b");
        assertEquals("2026-01-01", corrected.get("datelineAsGiven").asText());
        assertEquals("2026-01-29", corrected.get("published").asText());
        assertFalse(corrected.get("dateCorrection").isNull());
    }

    @Test
    void everyQuoteAndEvidenceOffsetSlicesItsWordsOutOfTheOriginalFile() throws IOException {
        for (JsonNode q : data.get("quotes")) {
            assertEquals(q.get("text").asText(), slice(q.get("article").asText(), q), q.toString());
        }
        int evidence = 0;
        for (JsonNode c : data.get("comparisons")) {
            for (JsonNode a : c.get("answers")) {
                for (JsonNode e : a.get("evidence")) {
                    assertEquals(e.get("text").asText(), slice(a.get("article").asText(), e));
                    evidence++;
                }
            }
        }
        assertTrue(evidence > 20);
    }

    @Test
    void everyQuoteBelongsToExactlyOneCluster() {
        Set<String> clustered = new HashSet<>();
        for (JsonNode c : data.get("quoteClusters")) {
            c.get("quotes").forEach(q -> assertTrue(clustered.add(q.asText()), "twice: " + q));
        }
        for (JsonNode q : data.get("quotes")) {
            assertTrue(clustered.contains(q.get("id").asText()), q.toString());
        }
        assertEquals(data.get("quotes").size(), clustered.size());
    }

    @Test
    void aTemperatureKeepsItsHyphenForProgramsWhileReadersSeeAMinusSign() {
        List<String> values = new ArrayList<>();
        for (JsonNode c : data.get("comparisons")) {
            c.get("discrepancies").forEach(d -> d.get("values").forEach(v -> values.add(v.get("value").asText())));
        }
        assertTrue(values.contains("-28 °C"), values.toString());
        String index = new String(RealSite.file("index.html").bytes(), StandardCharsets.UTF_8);
        String flag = Jsoup.parse(index).select("p.flag").text();
        assertTrue(flag.contains("\u221228 °C (HuffPost UK: “-28C”)"), flag);
        assertFalse(flag.contains(" -28 °C"), flag);
    }

    private static String slice(String articleId, JsonNode range) throws IOException {
        String file = find(data.get("articles"), articleId).get("file").asText();
        byte[] bytes = Files.readAllBytes(Path.of("content/articles", file));
        int start = range.get("start").asInt();
        return new String(bytes, start, range.get("end").asInt() - start, StandardCharsets.UTF_8);
    }

    private static JsonNode find(JsonNode array, String id) {
        for (JsonNode node : array) {
            if (node.get("id").asText().equals(id)) {
                return node;
            }
        }
        throw new AssertionError("no " + id);
    }
}
