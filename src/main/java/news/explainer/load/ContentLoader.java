package news.explainer.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import news.explainer.concurrent.AcrossCores;
import news.explainer.concurrent.Alongside;
import news.explainer.model.Article;
import news.explainer.model.Content;
import news.explainer.model.ParsedArticle;
import news.explainer.model.Person;
import news.explainer.model.Story;
import news.explainer.problem.Problem;
import news.explainer.problem.Problems;
import news.explainer.problem.Severity;
import news.explainer.problem.SourceRef;

/**
 * Reads a content folder: {@code story.md}, {@code articles/*.txt}, {@code sources/*.md} (one annotation per
 * article), {@code people/*.md}, {@code comparisons/*.md}, {@code timeline/*.md} and {@code quotes/*.md}. Only the
 * articles are required; a folder holding nothing else still builds, with warnings that say what to add.
 */
public final class ContentLoader {
    private final Utf8Reader reader;
    private final FrontMatterReader frontMatter;
    private final ArticleParser parser = new ArticleParser();

    /** A loader that keeps what it parsed in the reader's memo, if the reader has one. */
    public ContentLoader(Utf8Reader reader) {
        this.reader = reader;
        this.frontMatter = new FrontMatterReader(reader.memo());
    }

    public Content load(Path dir, Problems problems) {
        String shown = reader.relative(dir);
        if (!Files.isDirectory(dir)) {
            problems.error(SourceRef.file(shown), "content folder not found");
            return new Content(StoryReader.untitled(), List.of(), List.of(), List.of(), List.of(), List.of());
        }
        if (!reader.memo().withinLimit(dir, shown, problems)) {
            return new Content(StoryReader.untitled(), List.of(), List.of(), List.of(), List.of(), List.of());
        }
        // A comparison answers for every article: a few files, each as big as all the article annotations together,
        // read on a thread of their own while the articles are read on the shared pool.
        try (var comparisonsRead = Alongside.start("comparisons", found ->
                new ComparisonReader(reader, frontMatter).read(dir.resolve("comparisons"), found))) {
            Story story = new StoryReader(reader, frontMatter).read(dir.resolve("story.md"), problems);
            Map<String, Annotated<SourceFields>> notes = readSourceNotes(dir.resolve("sources"), problems);
            List<Article> articles = readArticles(dir.resolve("articles"), notes, story, problems);
            List<Person> people = new PeopleReader(reader, frontMatter).read(dir.resolve("people"), problems);
            var comparisons = comparisonsRead.join(problems);
            ComparisonReader.checkClaimants(comparisons, people, problems);
            var timeline = new TimelineReader(reader, frontMatter).read(dir.resolve("timeline"), problems);
            IdClashes.reportTimelineAgainstComparisons(timeline, comparisons, problems);
            var quotes = new QuoteAttributionReader(reader, frontMatter).read(dir.resolve("quotes"), problems);
            return new Content(story, articles, people, comparisons, timeline, quotes);
        }
    }

    /** Article annotations keyed by the article file they describe. */
    private Map<String, Annotated<SourceFields>> readSourceNotes(Path dir, Problems problems) {
        Map<String, Annotated<SourceFields>> byFile = new LinkedHashMap<>();
        List<Path> files = reader.memo().list(dir, ".md", reader.relative(dir), problems);
        List<Optional<Annotated<SourceFields>>> read = inParallel(files, problems, (file, found) -> reader
                .read(file, found).flatMap(text -> readSourceNote(text, found)));
        read.stream().flatMap(Optional::stream).forEach(note -> addSourceNote(byFile, note, problems));
        return byFile;
    }

    /**
     * A source annotation, or what can be read of a broken one. Without it, its article would lose its id and
     * every comparison and timeline entry citing the source would fail too: twenty errors for one typo.
     */
    private Optional<Annotated<SourceFields>> readSourceNote(SourceText text, Problems problems) {
        Optional<Annotated<SourceFields>> note = frontMatter.read(text, SourceFields.class, problems);
        if (note.isPresent()) {
            return SourceNotes.check(note.get(), problems) ? note : Optional.empty();
        }
        return frontMatter.salvage(text, SourceFields.class).flatMap(SourceNotes::salvaged);
    }

    private static void addSourceNote(
            Map<String, Annotated<SourceFields>> byFile, Annotated<SourceFields> note, Problems problems) {
        Annotated<SourceFields> before = byFile.putIfAbsent(note.fields().file(), note);
        if (before != null) {
            SourceRef at = note.locate("file:");
            problems.add(new Problem(Severity.ERROR, at, "duplicate annotation for article '"
                    + note.fields().file() + "'", note.lineAt(at), "already annotated in " + before.source().path()));
        }
    }

    private List<Article> readArticles(
            Path dir, Map<String, Annotated<SourceFields>> notes, Story story, Problems problems) {
        List<Path> files = reader.memo().list(dir, ".txt", reader.relative(dir), problems);
        if (files.isEmpty()) {
            problems.error(SourceRef.file(reader.relative(dir)),
                    "no articles: put the article files (*.txt, UTF-8) in this folder");
        }
        List<String> known = files.stream().map(f -> f.getFileName().toString()).toList();
        Map<String, Annotated<SourceFields>> byFile = SourceNotes.matchToFiles(notes, known, problems);
        Map<String, Annotated<SourceFields>> annotatedIds = new LinkedHashMap<>();
        byFile.values().forEach(n -> annotatedIds.put(n.id(), n));
        List<Path> kept = files.stream().filter(file -> byFile.containsKey(file.getFileName().toString())
                || !IdClashes.reportUnannotatedArticle(reader.relative(file), annotatedIds, problems)).toList();
        List<Optional<Article>> read = inParallel(kept, problems, (file, found) -> {
            Optional<Annotated<SourceFields>> note = Optional.ofNullable(byFile.get(file.getFileName().toString()));
            return reader.read(file, found).map(text -> article(text, note, story, found));
        });
        return read.stream().flatMap(Optional::stream).toList();
    }

    /**
     * Reads files on every core, each into its own problem list (Problems is not thread-safe), then merges the lists
     * in file order: the result and the messages are the same as a sequential read.
     */
    private static <T> List<T> inParallel(List<Path> files, Problems problems, BiFunction<Path, Problems, T> read) {
        List<Problems> found = files.stream().map(f -> new Problems()).toList();
        List<T> out = AcrossCores.map(files.size(), i -> read.apply(files.get(i), found.get(i)));
        found.forEach(problems::addAll);
        return out;
    }

    private Article article(
            SourceText text, Optional<Annotated<SourceFields>> note, Story story, Problems problems) {
        List<String> subheadings = note.map(n -> n.fields().subheadings()).orElse(List.of());
        List<String> named = subheadings == null ? List.of() : subheadings;
        ParsedArticle parsed = reader.memo().parsed.get(new LoadMemo.Parse(text, named),
                key -> parser.parse(text.text(), named));
        return reader.memo().articles.get(new LoadMemo.Made(text, parsed, note, story), problems, found -> note
                .map(n -> SourceNotes.annotated(text, parsed, n, story, found))
                .orElseGet(() -> SourceNotes.unannotated(text, parsed, story, found)));
    }
}
