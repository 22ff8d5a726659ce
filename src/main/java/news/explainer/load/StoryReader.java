package news.explainer.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import news.explainer.model.Story;
import news.explainer.problem.Problems;
import news.explainer.problem.SourceRef;

/** Reads {@code content/story.md}; without one, the explainer is built untitled and a warning says so. */
final class StoryReader {
    private final Utf8Reader reader;
    private final FrontMatterReader frontMatter;

    StoryReader(Utf8Reader reader, FrontMatterReader frontMatter) {
        this.reader = reader;
        this.frontMatter = frontMatter;
    }

    static Story untitled() {
        return new Story("Untitled story", "", Optional.empty(), Optional.empty(), "", "en", "",
                Optional.empty(), Optional.empty(), List.of());
    }

    Story read(Path file, Problems problems) {
        if (!Files.exists(file)) {
            problems.warning(SourceRef.file(reader.relative(file)),
                    "no story file: the explainer has no title or lead text (run 'new story' to create one)");
            return untitled();
        }
        return reader.read(file, problems)
                .flatMap(text -> frontMatter.read(text, StoryFields.class, problems))
                .map(story -> toStory(story, problems))
                .orElseGet(StoryReader::untitled);
    }

    private static Story toStory(Annotated<StoryFields> doc, Problems problems) {
        StoryFields f = doc.fields();
        Required required = new Required(doc, problems);
        String title = required.text("title", f.title());
        String summary = required.text("summary", f.summary());
        StoryFields.Window window = f.window();
        if (window != null && window.start() != null && window.end() != null && window.end().isBefore(window.start())) {
            problems.error(doc.locate("end:"), "window ends (" + window.end() + ") before it starts ("
                    + window.start() + ")");
        }
        return new Story(title, summary,
                Optional.ofNullable(window).map(StoryFields.Window::start),
                Optional.ofNullable(window).map(StoryFields.Window::end),
                doc.body(),
                f.language() == null ? "en" : f.language(),
                f.publisher() == null ? "" : f.publisher(),
                baseUrl(doc, problems),
                Optional.ofNullable(f.updated()), updates(doc, problems));
    }

    /** Pages' addresses are the base URL followed by their path: a query or a fragment would end up in between. */
    private static Optional<String> baseUrl(Annotated<StoryFields> doc, Problems problems) {
        Optional<String> url = WebAddress.read(doc, "baseUrl", doc.fields().baseUrl(), problems);
        if (url.isPresent() && (url.get().contains("?") || url.get().contains("#"))) {
            problems.error(doc.locate("baseUrl:"), "'baseUrl' cannot hold a query (?) or a fragment (#): pages'"
                    + " paths are added after it");
            return Optional.empty();
        }
        return url.map(u -> u.endsWith("/") ? u : u + "/");
    }

    /** The updates, newest first; each needs a date and a note. */
    private static List<Story.Update> updates(Annotated<StoryFields> doc, Problems problems) {
        if (doc.fields().updates() == null) {
            return List.of();
        }
        List<Story.Update> out = new ArrayList<>();
        for (StoryFields.UpdateFields u : doc.fields().updates()) {
            if (u == null || u.date() == null || u.note() == null || u.note().isBlank()) {
                problems.error(doc.locate("updates:"), "each update needs a 'date' (YYYY-MM-DD) and a 'note'");
            } else {
                out.add(new Story.Update(u.date(), u.note().strip()));
            }
        }
        out.sort(Comparator.comparing(Story.Update::date).reversed());
        for (int i = 1; i < out.size(); i++) {
            if (out.get(i).date().equals(out.get(i - 1).date())) {
                // The feed names each update by its day; two on one day would share a name.
                problems.error(doc.locate(out.get(i).date().toString()), "two updates on " + out.get(i).date()
                        + ": write them as one note");
            }
        }
        return List.copyOf(out);
    }
}
