package news.explainer.load;

import java.time.LocalDate;
import java.util.List;

/** The front matter of a timeline entry, {@code content/timeline/<id>.md}. */
public record TimelineFields(
        LocalDate date, String time, String timezone, String title, Boolean background, List<SourceFields> sources) {

    /** One article that reports the event, with the passages that show it. */
    public record SourceFields(String article, List<String> evidence) {}
}
