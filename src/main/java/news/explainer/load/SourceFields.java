package news.explainer.load;

import java.time.LocalDate;
import java.util.List;

/** The front matter of an article annotation, {@code content/sources/<id>.md}. */
public record SourceFields(
        String file,
        String outlet,
        Boolean outletNamed,
        String headline,
        String byline,
        String url,
        LocalDate published,
        String dateCorrection,
        List<String> subheadings) {}
