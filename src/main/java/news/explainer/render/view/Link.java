package news.explainer.render.view;

/** A link with its text; the href is already relative to the page that shows it. */
public record Link(String href, String text) {}
