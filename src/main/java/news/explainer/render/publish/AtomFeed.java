package news.explainer.render.publish;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import news.explainer.model.Story;

/**
 * The Atom feed of the explainer's editorial updates ({@code updates:} in {@code story.md}), so readers can follow
 * a developing story. Dates are the editors' own, at midnight UTC; links are relative to the feed unless the story
 * gives a base URL. The XML writer escapes every value.
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
    public String xml(java.util.function.Function<String, String> noteHtml) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("utf-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM);
            xml.writeAttribute("xml:lang", story.language());
            element(xml, "title", story.title());
            if (!story.summary().isEmpty()) {
                element(xml, "subtitle", story.summary());
            }
            element(xml, "id", id(""));
            link(xml, "alternate", href("index.html"));
            link(xml, "self", href(PATH));
            element(xml, "updated", timestamp(story.lastUpdated().orElseThrow()));
            xml.writeStartElement("author");
            element(xml, "name", story.publisher().isEmpty() ? story.title() : story.publisher());
            xml.writeEndElement();
            for (Story.Update update : story.updates()) {
                xml.writeStartElement("entry");
                element(xml, "title", "Updated " + update.date().format(java.time.format.DateTimeFormatter
                        .ofPattern("d MMMM yyyy", java.util.Locale.forLanguageTag(story.language()))));
                element(xml, "id", id("#update-" + update.date()));
                link(xml, "alternate", href("index.html"));
                element(xml, "updated", timestamp(update.date()));
                xml.writeStartElement("content");
                xml.writeAttribute("type", "html");
                xml.writeCharacters(noteHtml.apply(update.note()));
                xml.writeEndElement();
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing XML to memory cannot fail", e);
        }
        return out + "\n";
    }

    /** The base URL when known; otherwise a name-based UUID of the title, stable from build to build. */
    private String id(String suffix) {
        Optional<String> base = story.baseUrl();
        return base.map(b -> b + suffix).orElseGet(() -> "urn:uuid:"
                + UUID.nameUUIDFromBytes(story.title().getBytes(StandardCharsets.UTF_8)) + suffix);
    }

    private String href(String path) {
        return story.baseUrl().map(b -> b + path.replaceFirst("index\\.html$", "")).orElse(path);
    }

    private static String timestamp(LocalDate date) {
        return date + "T00:00:00Z";
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
    }
}
