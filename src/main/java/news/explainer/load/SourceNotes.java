package news.explainer.load;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import news.explainer.model.Article;
import news.explainer.model.ParsedArticle;
import news.explainer.model.Story;
import news.explainer.problem.Problem;
import news.explainer.problem.Problems;
import news.explainer.problem.Severity;
import news.explainer.problem.SourceRef;

/** Joins an article file with its annotation, and says what is missing or contradictory between them. */
final class SourceNotes {
    private SourceNotes() {}

    static boolean check(Annotated<SourceFields> note, Problems problems) {
        Required required = new Required(note, problems);
        return required.present("file", note.fields().file()) & required.present("outlet", note.fields().outlet());
    }

    /**
     * What can be used of a source annotation whose front matter was reported broken: it still gives its article
     * its id, so that citations of the source do not fail as well. Empty when it does not even say which file.
     */
    static Optional<Annotated<SourceFields>> salvaged(Annotated<SourceFields> note) {
        SourceFields f = note.fields();
        if (f.file() == null || f.file().isBlank()) {
            return Optional.empty();
        }
        SourceFields usable = new SourceFields(f.file(), f.outlet() == null ? "Unknown outlet" : f.outlet(),
                f.outletNamed(), f.headline(), f.byline(), f.url(), f.published(), f.dateCorrection(), f.subheadings());
        return Optional.of(new Annotated<>(usable, note.body(), note.bodyFirstLine(), note.source(),
                note.frontMatter()));
    }

    /**
     * The annotations keyed by the article file each one describes. One that names no file in the folder is
     * reported; when the nearest file name has no annotation of its own, the build goes on as if that file were
     * meant (it fails anyway), so that citations of the source are not each reported as a second error.
     */
    static Map<String, Annotated<SourceFields>> matchToFiles(
            Map<String, Annotated<SourceFields>> byFile, List<String> known, Problems problems) {
        Map<String, Annotated<SourceFields>> matched = new LinkedHashMap<>();
        Set<String> files = new HashSet<>(known); // a list's contains, once per note, made this quadratic
        byFile.forEach((file, note) -> {
            if (files.contains(file)) {
                matched.put(file, note);
            }
        });
        byFile.forEach((file, note) -> {
            if (!files.contains(file)) {
                reportUnknownFile(note, known, problems);
                List<String> free = known.stream().filter(k -> !matched.containsKey(k)).toList();
                Similarity.nearest(file, free).ifPresent(nearest -> matched.put(nearest, note));
            }
        });
        return matched;
    }

    private static void reportUnknownFile(Annotated<SourceFields> note, List<String> known, Problems problems) {
        SourceRef at = note.locate(note.fields().file());
        String hint = Similarity.didYouMean(note.fields().file(), known, "articles");
        problems.add(new Problem(Severity.ERROR, at, "article file '" + note.fields().file()
                + "' not found in the articles folder", note.lineAt(at), hint));
    }

    static Article annotated(
            SourceText text, ParsedArticle parsed, Annotated<SourceFields> note, Story story, Problems problems) {
        SourceFields f = note.fields();
        Optional<String> headline = Optional.ofNullable(f.headline()).or(parsed::headline);
        Optional<LocalDate> published = Optional.ofNullable(f.published()).or(parsed::headerDate);
        checkDates(note, parsed, published, story, problems);
        return new Article(note.id(), text, parsed, f.outlet().strip(), f.outletNamed() == null || f.outletNamed(),
                headline, Optional.ofNullable(f.byline()).or(parsed::byline),
                WebAddress.read(note, "url", f.url(), problems), published, Optional.ofNullable(f.dateCorrection()),
                note.body(), Optional.of(note.source().path()));
    }

    static Article unannotated(SourceText text, ParsedArticle parsed, Story story, Problems problems) {
        String name = text.path().substring(text.path().lastIndexOf('/') + 1);
        String id = name.substring(0, name.length() - ".txt".length());
        problems.warning(SourceRef.file(text.path()), "no annotation names this article: its outlet is unknown"
                + " (add content/sources/<id>.md with 'file: " + name + "')");
        parsed.headerDate().filter(d -> !story.inWindow(d)).ifPresent(d -> problems.warning(
                text.refAt(0), "the file is dated " + d + ", outside the story's window"));
        return new Article(id, text, parsed, "Unknown outlet", false, parsed.headline(),
                parsed.byline(), Optional.empty(), parsed.headerDate(), Optional.empty(), "", Optional.empty());
    }

    /**
     * A file dated outside the story (the seed headed {@code date 2026-01-01} reports events of 29 January) must
     * not be corrected silently: the editor gives the date and the reason, and the site shows both.
     */
    private static void checkDates(Annotated<SourceFields> note, ParsedArticle parsed, Optional<LocalDate> published,
            Story story, Problems problems) {
        Optional<LocalDate> header = parsed.headerDate();
        boolean corrected = header.isPresent() && published.isPresent() && !header.equals(published);
        if (corrected && note.fields().dateCorrection() == null) {
            problems.warning(note.locate("published:"), "published " + published.get() + " differs from the file's"
                    + " own date " + header.get() + "; say why in 'dateCorrection:' so readers see both");
        }
        if (!corrected && header.isPresent() && !story.inWindow(header.get())) {
            problems.warning(note.source().refAtLine(1), "the article file is dated " + header.get()
                    + ", outside the story's window; if the date is wrong, give 'published:' and 'dateCorrection:'");
        }
        if (note.fields().dateCorrection() != null && !corrected) {
            problems.warning(note.locate("dateCorrection:"),
                    "'dateCorrection' is given but 'published' does not differ from the file's date");
        }
    }
}
