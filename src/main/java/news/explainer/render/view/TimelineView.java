package news.explainer.render.view;

import java.util.List;

/** The timeline: the story's days with their events, and the background set apart. */
public record TimelineView(List<Day> days, List<Event> background) {

    /** One day and what happened on it. */
    public record Day(String iso, String label, List<Event> events) {}

    /**
     * One event.
     *
     * @param when the day (for background events) or the clock time, as readers read it; "" when unknown
     * @param datetime the value for {@code <time datetime>}
     */
    public record Event(String id, String title, String when, String datetime, String noteHtml, List<Source> sources) {}

    /**
     * An article that reports the event.
     *
     * @param href the first passage that shows it, highlighted on the source page
     * @param passages every passage of the article the entry cites, each linked to its place
     * @param reported when the article was published, to keep it apart from when the event happened
     * @param reportedBrief the same date, short ("29 Jan")
     */
    public record Source(String outlet, String href, List<Link> passages, String reported,
            String reportedBrief, String dateNote) {}
}
