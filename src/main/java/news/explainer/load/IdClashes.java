package news.explainer.load;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import news.explainer.model.Comparison;
import news.explainer.model.TimelineEntry;
import news.explainer.problem.Problem;
import news.explainer.problem.Problems;
import news.explainer.problem.Severity;
import news.explainer.problem.SourceRef;

/**
 * Ids that two files would share. Ids are file names, so within a folder they cannot clash; across folders they
 * can, where two kinds of id end up in the same place: an article's page and links, or anchors on one page.
 */
final class IdClashes {
    private IdClashes() {}

    /**
     * An article with no annotation takes its file name as its id ({@code cnn.txt} is {@code cnn}); when a source
     * annotation already has that id ({@code sources/cnn.md}), both would be the page {@code sources/cnn.html}.
     *
     * @return true when the article must be left out
     */
    static boolean reportUnannotatedArticle(
            String path, Map<String, Annotated<SourceFields>> annotatedIds, Problems problems) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        String id = name.substring(0, name.length() - ".txt".length());
        Annotated<SourceFields> owner = annotatedIds.get(id);
        if (owner == null) {
            return false;
        }
        problems.add(new Problem(Severity.ERROR, SourceRef.file(path), "id '" + id + "' is taken: "
                + owner.source().path() + " gives that id to " + owner.fields().file(), "",
                "rename this file, or annotate it in sources/ with 'file: " + name + "'"));
        return true;
    }

    /** Comparison points and timeline entries are both anchors on the explainer page: one id, one anchor. */
    static void reportTimelineAgainstComparisons(
            List<TimelineEntry> timeline, List<Comparison> comparisons, Problems problems) {
        Map<String, String> comparisonFiles = comparisons.stream()
                .collect(Collectors.toMap(Comparison::id, Comparison::annotation, (a, b) -> a));
        Set<String> clashing = comparisonFiles.keySet();
        for (TimelineEntry entry : timeline) {
            if (clashing.contains(entry.id())) {
                problems.add(new Problem(Severity.ERROR, entry.where(), "id '" + entry.id() + "' is also the id of "
                        + comparisonFiles.get(entry.id()) + ": links to the one would lead to the other", "",
                        "rename one of the two files"));
            }
        }
    }
}
