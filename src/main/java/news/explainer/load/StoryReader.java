package news.explainer.load;

import java.nio.file.Files;
import java.nio.file.Path;
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
                Optional.empty(), Optional.empty());
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
                WebAddress.read(doc, "baseUrl", f.baseUrl(), problems).map(u -> u.endsWith("/") ? u : u + "/"),
                Optional.ofNullable(f.updated()));
    }
}
