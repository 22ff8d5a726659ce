package news.explainer.hardening;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A content folder in which every value an editor or a pasted article can supply carries script-injection payloads
 * (src/test/resources/hostile/): titles, standfirst, names, roles, aliases, outlets, bylines, answers, questions,
 * timeline titles and time zones, headlines and article paragraphs get the text payloads; every Markdown body gets
 * the Markdown payloads; and some file names (which become ids, hrefs and id attributes) are payloads too.
 * Generated into a temporary folder, not committed, because such file names cannot be checked out everywhere.
 *
 * <p>Every cited passage is a paragraph of a generated article, so the build passes its evidence checks and the
 * payloads reach every kind of page.
 */
final class HostileContent {
    /** The separator between payloads in one value: a character no payload uses. */
    static final String JOIN = " ¦ ";
    /** An id whose file name is itself a payload: it ends up in hrefs, id attributes and output paths. */
    static final String HOSTILE_ID = "\"><img src=x onerror=window.__pwned=1>";

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER).build();

    private final List<String> payloads;
    private final String all;
    private final String markdown;

    HostileContent() {
        payloads = payloads();
        all = String.join(JOIN, payloads);
        markdown = resource("markdown.md");
    }

    /** The text payloads, with their one escape ({@code \}{@code uXXXX}) decoded. */
    static List<String> payloads() {
        List<String> list = new ArrayList<>();
        for (String line : resource("payloads.txt").split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                list.add(unescape(line));
            }
        }
        return List.copyOf(list);
    }

    /**
     * How many hostile constructs the Markdown payloads hold: links, images and reference definitions, autolinks and
     * raw tags, and template syntax, counted by their opening characters.
     */
    static long markdownPayloadCount() {
        return Pattern.compile("\\]\\(|\\]:|\\][\\[]|<[a-zA-Z/!]|\\{\\{|\\$\\{|#\\{|\\[=")
                .matcher(resource("markdown.md")).results().count();
    }

    /** Every text payload in one value, as each free-text field receives it. */
    String all() {
        return all;
    }

    /** The paragraph of an article that carries payload i, and that annotations cite. */
    static String paragraph(int i, String payload) {
        return "Report line " + i + " says: " + payload + " and nothing else";
    }

    /** Writes the whole content folder into dir/content and returns it. */
    Path write(Path dir) throws IOException {
        Path content = dir.resolve("content");
        write(content.resolve("story.md"), story(), storyBody());
        write(content.resolve("articles/01-alpha.txt"), article(""));
        write(content.resolve("articles/02-beta.txt"), article(" date 2026-01-01\n"));
        write(content.resolve("sources/alpha.md"), source("01-alpha.txt", "2026-01-30", false), markdown);
        write(content.resolve("sources/" + HOSTILE_ID + ".md"), source("02-beta.txt", "2026-01-31", true),
                markdown);
        write(content.resolve("people/eve.md"), person(all, payloads), markdown);
        write(content.resolve("people/" + HOSTILE_ID + ".md"), person(HOSTILE_ID + " Mallory", List.of("Mallory")),
                markdown);
        write(content.resolve("comparisons/01-x\" onmouseover=\"window.__pwned=1.md"), comparison(), markdown);
        write(content.resolve("timeline/2026-01-30-" + HOSTILE_ID + ".md"), event("2026-01-30", false), markdown);
        write(content.resolve("timeline/2022-02-01-background.md"), event("2022-02-01", true), markdown);
        return content;
    }

    private Map<String, Object> story() {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("title", all);
        f.put("summary", all);
        f.put("window", Map.of("start", "2026-01-29", "end", "2026-02-01"));
        f.put("language", "en\" onload=\"window.__pwned=1");
        f.put("publisher", all);
        f.put("baseUrl", "https://evil.example/explainer/\"><script>window.__pwned=1</script>/");
        f.put("updated", "2026-02-01");
        return f;
    }

    private String storyBody() {
        StringBuilder body = new StringBuilder("## What we know\n\n");
        payloads.forEach(p -> body.append(p).append("\n\n"));
        return body.append(markdown).toString();
    }

    /** A headline made of every payload, a byline, then one paragraph per payload. */
    private String article(String dateHeader) {
        StringBuilder text = new StringBuilder(dateHeader).append(all).append("\n\nBy ").append(payloads.get(0))
                .append("\n\n");
        for (int i = 0; i < payloads.size(); i++) {
            text.append(paragraph(i, payloads.get(i))).append(".\n\n");
        }
        return text.toString();
    }

    private Map<String, Object> source(String file, String published, boolean corrected) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("file", file);
        f.put("outlet", all);
        f.put("outletNamed", false);
        if (corrected) {
            f.put("headline", all);
            f.put("dateCorrection", all);
        }
        f.put("byline", all);
        f.put("url", "https://evil.example/article?id=\"><script>window.__pwned=1</script>&x=<img/src=x/onerror="
                + "window.__pwned=1>");
        f.put("published", published);
        return f;
    }

    private Map<String, Object> person(String name, List<String> aliases) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("name", name);
        f.put("aliases", aliases);
        f.put("role", all);
        return f;
    }

    private Map<String, Object> comparison() {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("question", all);
        f.put("short", all);
        f.put("answers", List.of(
                Map.of("article", "alpha", "answer", all, "status", "reported", "evidence", citations()),
                Map.of("article", HOSTILE_ID, "answer", all, "status", "reported", "evidence", citations())));
        return f;
    }

    private Map<String, Object> event(String date, boolean background) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("date", date);
        f.put("time", "17:30");
        f.put("timezone", payloads.get(0));
        f.put("title", all);
        f.put("background", background);
        f.put("sources", List.of(Map.of("article", "alpha", "evidence", citations()),
                Map.of("article", HOSTILE_ID, "evidence", citations())));
        return f;
    }

    /** Every payload paragraph, cited: each one is marked, anchored and quoted on the pages. */
    private List<String> citations() {
        List<String> passages = new ArrayList<>();
        for (int i = 0; i < payloads.size(); i++) {
            passages.add(paragraph(i, payloads.get(i)));
        }
        return passages;
    }

    private static void write(Path file, Map<String, Object> frontMatter, String body) throws IOException {
        write(file, "---\n" + yaml(frontMatter) + "---\n" + body);
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static String yaml(Map<String, Object> fields) {
        try {
            return YAML.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String unescape(String line) {
        Matcher m = Pattern.compile("\\\\u([0-9A-Fa-f]{4})").matcher(line);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
        }
        return m.appendTail(out).toString();
    }

    static String resource(String name) {
        try (InputStream in = HostileContent.class.getResourceAsStream("/hostile/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource hostile/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
