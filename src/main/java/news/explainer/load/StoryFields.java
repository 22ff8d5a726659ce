package news.explainer.load;

import java.time.LocalDate;
import java.util.List;

/** The front matter of {@code content/story.md}, as editors write it. */
public record StoryFields(
        String title,
        String summary,
        Window window,
        String language,
        String publisher,
        String baseUrl,
        LocalDate updated,
        List<UpdateFields> updates) {

    /** One editorial update, for the feed: when, and what changed. */
    public record UpdateFields(LocalDate date, String note) {}

    /** The days the story covers; the timeline and date checks hold to them. */
    public record Window(LocalDate start, LocalDate end) {}
}
