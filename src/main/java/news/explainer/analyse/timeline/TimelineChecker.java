package news.explainer.analyse.timeline;

import java.util.ArrayList;
import java.util.List;
import news.explainer.analyse.citation.Cited;
import news.explainer.analyse.citation.EvidenceChecker;
import news.explainer.model.Citation;
import news.explainer.model.Story;
import news.explainer.model.TimelineEntry;
import news.explainer.problem.Problems;

/**
 * Checks the timeline: every event of the story's days cites at least one article, lies within the story's window
 * (earlier events are marked background), and its evidence stands in the articles.
 */
public final class TimelineChecker {
    private final Story story;
    private final EvidenceChecker evidence;

    public TimelineChecker(Story story, EvidenceChecker evidence) {
        this.story = story;
        this.evidence = evidence;
    }

    public List<CheckedEntry> check(List<TimelineEntry> entries, Problems problems) {
        List<CheckedEntry> checked = new ArrayList<>();
        for (TimelineEntry entry : entries) {
            if (!entry.background() && !story.inWindow(entry.date())) {
                problems.error(entry.where(), "event dated " + entry.date() + " lies outside the story's window"
                        + " (" + story.windowStart().map(Object::toString).orElse("…") + " to "
                        + story.windowEnd().map(Object::toString).orElse("…") + "); mark it background: true");
            }
            if (!entry.background() && entry.sources().isEmpty()) {
                problems.error(entry.where(), "event cites no article: add at least one source with evidence");
            }
            List<Cited> sources = new ArrayList<>();
            for (Citation citation : entry.sources()) {
                evidence.check(citation, "t-" + entry.id(), problems)
                        .ifPresent(sources::add);
            }
            checked.add(new CheckedEntry(entry, List.copyOf(sources)));
        }
        return List.copyOf(checked);
    }
}
