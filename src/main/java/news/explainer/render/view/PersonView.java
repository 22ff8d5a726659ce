package news.explainer.render.view;

import java.util.List;

/** A person as pages list them, with the href relative to the page that shows them. */
public record PersonView(String id, String href, String name, List<String> aliases, String role) {}
