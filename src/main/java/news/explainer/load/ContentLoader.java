package news.explainer.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.IntStream;
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
 * article), {@code people/*.md}, {@code comparisons/*.md} and {@code timeline/*.md}. Only the articles are required; a folder holding nothing else still builds,
 * with warnings that say what to add.
 */
public final class ContentLoader {
    private final Utf8Reader reader;
    private final FrontMatterReader frontMatter = new FrontMatterReader();
    private final ArticleParser parser = new ArticleParser();

    public ContentLoader(Utf8Reader reader) {
        this.reader = reader;
    }

    public Content load(Path dir, Problems problems) {
        String shown = reader.relative(dir);
        if (!Files.isDirectory(dir)) {
            problems.error(SourceRef.file(shown), "content folder not found");
            return new Content(StoryReader.untitled(), List.of(), List.of(), List.of(), List.of());
        }
        Story story = new StoryReader(reader, frontMatter).read(dir.resolve("story.md"), problems);
        Map<String, Annotated<SourceFields>> notes = readSourceNotes(dir.resolve("sources"), problems);
        List<Article> articles = readArticles(dir.resolve("articles"), notes, story, problems);
        List<Person> people = new PeopleReader(reader, frontMatter).read(dir.resolve("people"), problems);
        var comparisons = new ComparisonReader(reader, frontMatter).read(dir.resolve("comparisons"), problems);
        var timeline = new TimelineReader(reader, frontMatter).read(dir.resolve("timeline"), problems);
        return new Content(story, articles, people, comparisons, timeline);
    }

    /** Article annotations keyed by the article file they describe. */
    private Map<String, Annotated<SourceFields>> readSourceNotes(Path dir, Problems problems) {
        Map<String, Annotated<SourceFields>> byFile = new LinkedHashMap<>();
        List<Path> files = ContentFiles.list(dir, ".md", problems);
        List<Optional<Annotated<SourceFields>>> read = inParallel(files, problems, (file, found) -> reader
                .read(file, found).flatMap(text -> frontMatter.read(text, SourceFields.class, found)));
        for (Annotated<SourceFields> note : read.stream().flatMap(Optional::stream).toList()) {
            if (!SourceNotes.check(note, problems)) {
                continue;
            }
            Annotated<SourceFields> before = byFile.putIfAbsent(note.fields().file(), note);
            if (before != null) {
                SourceRef at = note.locate("file:");
                problems.add(new Problem(Severity.ERROR, at, "duplicate annotation for article '"
                        + note.fields().file() + "'", note.lineAt(at), "already annotated in " + before.source().path()));
            }
        }
        return byFile;
    }

    private List<Article> readArticles(
            Path dir, Map<String, Annotated<SourceFields>> notes, Story story, Problems problems) {
        List<Path> files = ContentFiles.list(dir, ".txt", problems);
        if (files.isEmpty()) {
            problems.error(SourceRef.file(reader.relative(dir)),
                    "no articles: put the article files (*.txt, UTF-8) in this folder");
        }
        List<Optional<Article>> read = inParallel(files, problems, (file, found) -> {
            Optional<Annotated<SourceFields>> note = Optional.ofNullable(notes.get(file.getFileName().toString()));
            return reader.read(file, found).map(text -> article(text, note, story, found));
        });
        List<String> known = files.stream().map(f -> f.getFileName().toString()).toList();
        Set<String> listed = new HashSet<>(known);
        notes.values().stream().filter(note -> !listed.contains(note.fields().file()))
                .forEach(orphan -> SourceNotes.reportUnknownFile(orphan, known, problems));
        return read.stream().flatMap(Optional::stream).toList();
    }

    /**
     * Reads files on every core, each into its own problem list (Problems is not thread-safe), then merges the lists
     * in file order: the result and the messages are the same as a sequential read.
     */
    private static <T> List<T> inParallel(List<Path> files, Problems problems, BiFunction<Path, Problems, T> read) {
        List<Problems> found = files.stream().map(f -> new Problems()).toList();
        List<T> out = IntStream.range(0, files.size()).parallel()
                .mapToObj(i -> read.apply(files.get(i), found.get(i))).toList();
        found.forEach(problems::addAll);
        return out;
    }

    private Article article(
            SourceText text, Optional<Annotated<SourceFields>> note, Story story, Problems problems) {
        List<String> subheadings = note.map(n -> n.fields().subheadings()).orElse(List.of());
        ParsedArticle parsed = parser.parse(text.text(), subheadings == null ? List.of() : subheadings);
        return note.map(n -> SourceNotes.annotated(text, parsed, n, story, problems))
                .orElseGet(() -> SourceNotes.unannotated(text, parsed, story, problems));
    }
}
