package news.explainer.model;

import java.util.List;

/**
 * Someone the articles quote or name.
 *
 * @param aliases other spellings the articles use (Zelenskyy, Zelenskiy), matched as whole words
 * @param bio the editor's note, Markdown
 * @param annotation the person file, or empty for a person known only from the articles' text
 */
public record Person(String id, String name, List<String> aliases, String role, String bio, String annotation) {

    /** The name and every alias: all the spellings that mean this person. */
    public List<String> spellings() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(name), aliases.stream()).toList();
    }
}
