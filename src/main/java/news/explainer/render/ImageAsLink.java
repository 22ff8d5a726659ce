package news.explainer.render;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * An image in editors' Markdown becomes a link to the image, its alt text the link's text: a page must never fetch
 * anything from another site (a picture from elsewhere tells that site who reads the explainer, and when), and a
 * reader can still follow the link.
 */
final class ImageAsLink implements NodeRenderer {
    private final HtmlNodeRendererContext context;

    ImageAsLink(HtmlNodeRendererContext context) {
        this.context = context;
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(Image.class);
    }

    @Override
    public void render(Node node) {
        Image image = (Image) node;
        String url = context.urlSanitizer().sanitizeLinkUrl(image.getDestination());
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("rel", "nofollow");
        attributes.put("href", context.encodeUrl(url));
        if (image.getTitle() != null) {
            attributes.put("title", image.getTitle());
        }
        HtmlWriter html = context.getWriter();
        html.tag("a", context.extendAttributes(image, "a", attributes));
        if (image.getFirstChild() == null) {
            html.text(url.isEmpty() ? "image" : url); // a link needs a name
        }
        for (Node child = image.getFirstChild(); child != null; child = child.getNext()) {
            context.render(child);
        }
        html.tag("/a");
    }
}
