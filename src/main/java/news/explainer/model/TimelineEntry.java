package news.explainer.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import news.explainer.problem.SourceRef;

/**
 * One event: when it happened (not when it was reported), what happened, and who reported it.
 *
 * @param time a clock time, only when an article gives one
 * @param background true for earlier events that explain the story, set apart from the days it covers
 * @param note the editor's note, Markdown: how a relative date was resolved, labelled inference
 */
public record TimelineEntry(String id, LocalDate date, Optional<String> time, Optional<String> timezone, String title,
        boolean background, String note, List<Citation> sources, SourceRef where) {}
