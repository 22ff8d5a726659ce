package news.explainer.load;

import java.util.List;

/** The front matter of a person file, {@code content/people/<id>.md}. */
public record PersonFields(String name, List<String> aliases, String role) {}
