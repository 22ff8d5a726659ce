package news.explainer.render;

/**
 * A page to render: where it goes, which template renders it, and the view record the template sees.
 */
public record PageSpec(String path, String template, Object view) {}
