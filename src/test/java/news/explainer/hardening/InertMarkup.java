package news.explainer.hardening;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The markup-level half of "no script injection": what a generated file says, before any browser reads it. Each
 * method returns the problems found, one line each, so that a test can print them all and a test of the test can
 * show that a hostile page is caught.
 */
final class InertMarkup {
    /** Attributes a browser reads as a URL: to fetch, to navigate to, or to submit to. */
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "srcset", "action", "formaction",
            "poster", "data", "cite", "background", "longdesc", "usemap", "ping", "manifest", "xlink:href",
            "codebase", "archive", "lowsrc", "dynsrc", "icon", "profile");
    /** Elements that run code, embed other documents, submit, or retarget links: none may come from content. */
    private static final Set<String> FORBIDDEN = Set.of("iframe", "frame", "frameset", "object", "embed", "applet",
            "form", "input", "button", "textarea", "select", "base", "svg", "math", "style", "video", "audio",
            "source", "picture", "portal", "noscript", "template");
    /** A URL's scheme as a browser finds it, after dropping the tabs and newlines it ignores. */
    private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):");
    private static final Pattern SCRIPT_TAG = Pattern.compile("(?i)<script");
    private static final ObjectMapper JSON = new ObjectMapper();

    private InertMarkup() {}

    /** An HTML page: no script but JSON-LD, no event handler, no dangerous element, no URL that is not web. */
    static List<String> html(String raw) {
        List<String> problems = new ArrayList<>();
        Document doc = Jsoup.parse(raw);
        scripts(raw, doc, problems);
        for (Element e : doc.getAllElements()) {
            String tag = e.normalName();
            if (FORBIDDEN.contains(tag)) {
                problems.add("<" + tag + "> element: " + excerpt(e.outerHtml()));
            }
            if (tag.equals("meta") && e.hasAttr("http-equiv")) {
                problems.add("<meta http-equiv> (refresh, cookies, policies): " + excerpt(e.outerHtml()));
            }
            for (Attribute a : e.attributes()) {
                attribute(e, a, problems);
            }
        }
        return problems;
    }

    /**
     * Only {@code application/ld+json} may be a script element, and its text must be whole JSON: a value that closed
     * the element early ({@code </script>}) would leave broken JSON and a second, real script.
     */
    private static void scripts(String raw, Document doc, List<String> problems) {
        List<Element> scripts = doc.select("script");
        Matcher tags = SCRIPT_TAG.matcher(raw);
        long rawTags = tags.results().count();
        if (rawTags != scripts.size()) {
            problems.add(rawTags + " '<script' in the file's text but " + scripts.size() + " script elements");
        }
        for (Element script : scripts) {
            if (!script.attr("type").equalsIgnoreCase("application/ld+json")) {
                problems.add("script element: " + excerpt(script.outerHtml()));
            } else if (!isJson(script.data())) {
                problems.add("JSON-LD that is not whole JSON (did a value close the element?): "
                        + excerpt(script.data()));
            }
        }
    }

    private static void attribute(Element e, Attribute a, List<String> problems) {
        String name = a.getKey().toLowerCase(Locale.ROOT);
        String where = "<" + e.normalName() + " " + name + "=\"" + excerpt(a.getValue()) + "\">";
        if (name.startsWith("on")) {
            problems.add("event-handler attribute " + where);
        }
        String value = a.getValue().toLowerCase(Locale.ROOT);
        if (name.equals("style") && value.matches("(?s).*(url\\(|expression|@import).*")) {
            problems.add("style attribute that can fetch or run: " + where);
        }
        if (URL_ATTRIBUTES.contains(name)) {
            String problem = url(e.normalName(), name, e.attr("rel"), a.getValue());
            if (problem != null) {
                problems.add(problem + ": " + where);
            }
        }
    }

    /**
     * Links ({@code a href}) may leave the site, over http(s) or mailto, because following one is the reader's choice;
     * {@code link rel=canonical} names the published address. Everything else a page fetches by itself must be a
     * relative path inside the site: no scheme, no host, no root-absolute path.
     */
    static String url(String tag, String attribute, String rel, String value) {
        String url = browserView(value);
        Matcher m = SCHEME.matcher(url);
        String scheme = m.find() ? m.group(1).toLowerCase(Locale.ROOT) : "";
        boolean link = tag.equals("a") && attribute.equals("href");
        boolean canonical = tag.equals("link") && rel.equalsIgnoreCase("canonical") && attribute.equals("href");
        if (link) {
            return Set.of("", "http", "https", "mailto").contains(scheme) ? null : "link with scheme '" + scheme + "'";
        }
        if (canonical) {
            return Set.of("http", "https").contains(scheme) ? null : "canonical URL with scheme '" + scheme + "'";
        }
        if (!scheme.isEmpty() || url.startsWith("/") || url.startsWith("\\")) {
            return "resource URL that is not a relative path inside the site";
        }
        return null;
    }

    /** The URL as a browser's parser sees it: C0 controls and spaces trimmed, tabs and newlines removed. */
    private static String browserView(String value) {
        return value.replaceAll("^[\\x00-\\x20]+|[\\x00-\\x20]+$", "").replaceAll("[\\t\\n\\r]", "");
    }

    /** An XML file (a sitemap, a feed): every URL-looking value, element text or attribute, is http(s). */
    static List<String> xml(String raw) {
        List<String> problems = new ArrayList<>();
        Document doc = Jsoup.parse(raw, "", Parser.xmlParser());
        for (Element e : doc.getAllElements()) {
            if (e.normalName().matches("loc|link|url|id|uri") && !e.ownText().isBlank()) {
                checkAbsolute(e.normalName(), e.ownText(), problems);
            }
            for (Attribute a : e.attributes()) {
                if (URL_ATTRIBUTES.contains(a.getKey().toLowerCase(Locale.ROOT))) {
                    checkAbsolute(e.normalName() + "@" + a.getKey(), a.getValue(), problems);
                }
            }
        }
        return problems;
    }

    /** A JSON file: whole JSON, and every field named like an address holds an absolute http(s) URL or null. */
    static List<String> json(String raw) {
        List<String> problems = new ArrayList<>();
        try {
            walk(JSON.readTree(raw), "", problems);
        } catch (JsonProcessingException e) {
            problems.add("not JSON: " + e.getOriginalMessage());
        }
        return problems;
    }

    private static void walk(JsonNode node, String path, List<String> problems) {
        if (node.isObject()) {
            node.properties().forEach(f -> {
                String field = f.getKey().toLowerCase(Locale.ROOT);
                if (f.getValue().isTextual() && (field.endsWith("url") || field.equals("href"))) {
                    checkAbsolute(path + "." + f.getKey(), f.getValue().asText(), problems);
                }
                walk(f.getValue(), path + "." + f.getKey(), problems);
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), path + "[" + i + "]", problems);
            }
        }
    }

    private static void checkAbsolute(String where, String value, List<String> problems) {
        Matcher m = SCHEME.matcher(browserView(value));
        String scheme = m.find() ? m.group(1).toLowerCase(Locale.ROOT) : "";
        if (!scheme.equals("http") && !scheme.equals("https")) {
            problems.add(where + " is not an http(s) URL: " + excerpt(value));
        }
    }

    private static boolean isJson(String text) {
        try {
            JSON.readTree(text);
            return true;
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    private static String excerpt(String s) {
        String line = s.replace('\n', ' ');
        return line.length() > 160 ? line.substring(0, 160) + "…" : line;
    }
}
