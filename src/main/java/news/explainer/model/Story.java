package news.explainer.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The story the explainer is about, from {@code content/story.md}.
 *
 * @param windowStart first day the story covers
 * @param windowEnd last day the story covers
 * @param lead the lead text, Markdown
 * @param baseUrl where the site will be published, when known: only then are sitemap and absolute share URLs made
 * @param updated the date of the latest editorial update; never the build time, so output is stable
 * @param updates the editorial updates, newest first: the feed's entries
 */
public record Story(
        String title,
        String summary,
        Optional<LocalDate> windowStart,
        Optional<LocalDate> windowEnd,
        String lead,
        String language,
        String publisher,
        Optional<String> baseUrl,
        Optional<LocalDate> updated,
        List<Update> updates) {

    /** One editorial update: when, and what changed (Markdown). */
    public record Update(LocalDate date, String note) {}

    /** The latest editorial date: {@code updated} or the newest update, whichever is later. */
    public Optional<LocalDate> lastUpdated() {
        return Stream.concat(updated.stream(), updates.stream().map(Update::date))
                .max(LocalDate::compareTo);
    }

    public boolean inWindow(LocalDate day) {
        return windowStart.map(s -> !day.isBefore(s)).orElse(true) && windowEnd.map(e -> !day.isAfter(e)).orElse(true);
    }
}
