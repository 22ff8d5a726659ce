package news.explainer.load;

import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import news.explainer.model.Citation;
import news.explainer.model.TimelineEntry;
import news.explainer.problem.Problem;
import news.explainer.problem.Problems;
import news.explainer.problem.Severity;
import news.explainer.problem.SourceRef;

/** Reads {@code content/timeline/*.md} and orders the entries by day, then time, then id. */
final class TimelineReader {
    private final Utf8Reader reader;
    private final FrontMatterReader frontMatter;

    TimelineReader(Utf8Reader reader, FrontMatterReader frontMatter) {
        this.reader = reader;
        this.frontMatter = frontMatter;
    }

    List<TimelineEntry> read(Path dir, Problems problems) {
        List<TimelineEntry> entries = new ArrayList<>();
        for (Annotated<TimelineFields> doc : frontMatter.readAll(reader, dir, TimelineFields.class, problems)) {
            reader.memo().timeline.get(doc, problems, found -> toEntry(doc, found)).ifPresent(entries::add);
        }
        entries.sort(Comparator.comparing(TimelineEntry::date)
                .thenComparing(e -> e.time().orElse(""))
                .thenComparing(TimelineEntry::id));
        return List.copyOf(entries);
    }

    private static Optional<TimelineEntry> toEntry(Annotated<TimelineFields> doc, Problems problems) {
        TimelineFields f = doc.fields();
        Required required = new Required(doc, problems);
        String title = required.text("title", f.title());
        if (!required.present("date", f.date())) {
            return Optional.empty();
        }
        Optional<String> time = Optional.ofNullable(f.time()).map(String::strip);
        time.ifPresent(t -> checkTime(doc, t, problems));
        List<Citation> sources = new ArrayList<>();
        List<TimelineFields.SourceFields> given = f.sources() == null ? List.of() : f.sources();
        for (TimelineFields.SourceFields s : given) {
            sources.add(CitationReader.citation(doc, s.article(), s.evidence(), sources.size()));
        }
        return Optional.of(new TimelineEntry(doc.id(), f.date(), time, Optional.ofNullable(f.timezone()), title,
                Boolean.TRUE.equals(f.background()), doc.body(), List.copyOf(sources), new SourceRef(doc.source().path(), 1, 1)));
    }

    private static void checkTime(Annotated<TimelineFields> doc, String time, Problems problems) {
        try {
            LocalTime.parse(time);
        } catch (DateTimeParseException e) {
            SourceRef at = doc.locate("time:");
            problems.add(new Problem(Severity.ERROR, at, "wrong value for 'time': '" + time
                    + "' is not a time written HH:MM", doc.lineAt(at), "write it like \"17:30\", in quotes"));
        }
    }
}
