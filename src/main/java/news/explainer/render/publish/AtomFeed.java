package news.explainer.render.publish;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import news.explainer.model.Story;
import news.explainer.render.Dates;
import news.explainer.render.OutputPath;

/**
 * The Atom feed of the explainer's editorial updates ({@code updates:} in {@code story.md}), so readers can follow
 * a developing story. Dates are the editors' own, at midnight UTC; links are relative to the feed unless the story
 * gives a base URL. Every value is escaped (written by hand: the JDK's XML writer costs more to start than the feed
 * costs to write).
 */
public final class AtomFeed {
    public static final String PATH = "feed.xml";
    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private final Story story;

    public AtomFeed(Story story) {
        this.story = story;
    }

    /** Only a story with a date of its own has a feed: Atom requires one, and we never use the build time. */
    public boolean exists() {
        return story.lastUpdated().isPresent();
    }

    /** @param noteHtml renders an update's Markdown note as HTML */
    public String xml(Function<String, String> noteHtml) {
        Dates dates = new Dates(story.language());
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
        xml.append("<feed xmlns=\"").append(ATOM).append("\" xml:lang=\"").append(Xml.escape(story.language()))
                .append("\">");
        element(xml, "title", story.title());
        if (!story.summary().isEmpty()) {
            element(xml, "subtitle", story.summary());
        }
        element(xml, "id", id(""));
        link(xml, "alternate", href("index.html"));
        link(xml, "self", href(PATH));
        element(xml, "updated", timestamp(story.lastUpdated().orElseThrow()));
        xml.append("<author>");
        element(xml, "name", story.publisher().isEmpty() ? story.title() : story.publisher());
        xml.append("</author>");
        for (Story.Update update : story.updates()) {
            xml.append("<entry>");
            element(xml, "title", "Updated " + dates.plain(update.date()));
            element(xml, "id", id("#update-" + update.date()));
            link(xml, "alternate", href("index.html"));
            element(xml, "updated", timestamp(update.date()));
            xml.append("<content type=\"html\">").append(Xml.escape(noteHtml.apply(update.note())))
                    .append("</content></entry>");
        }
        return xml.append("</feed>\n").toString();
    }

    /** The base URL when known; otherwise a name-based UUID of the title, stable from build to build. */
    private String id(String suffix) {
        Optional<String> base = story.baseUrl();
        return base.map(b -> b + suffix).orElseGet(() -> "urn:uuid:"
                + UUID.nameUUIDFromBytes(story.title().getBytes(StandardCharsets.UTF_8)) + suffix);
    }

    private String href(String path) {
        return story.baseUrl().map(b -> OutputPath.address(b, path)).orElse(path);
    }

    private static String timestamp(LocalDate date) {
        return date + "T00:00:00Z";
    }

    private static void element(StringBuilder xml, String name, String text) {
        xml.append('<').append(name).append('>').append(Xml.escape(text)).append("</").append(name).append('>');
    }

    private static void link(StringBuilder xml, String rel, String href) {
        xml.append("<link rel=\"").append(rel).append("\" href=\"").append(Xml.escape(href)).append("\"/>");
    }
}
