package news.explainer.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import news.explainer.analyse.Analyser;
import news.explainer.analyse.AnalysisMemo;
import news.explainer.load.ContentLoader;
import news.explainer.load.LoadMemo;
import news.explainer.load.Utf8Reader;
import news.explainer.model.Content;
import news.explainer.problem.Problems;
import news.explainer.reuse.Changes;
import news.explainer.testing.TestProject;
import news.explainer.write.FileSink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the renderer keeps between preview builds stays one build's worth. When a page made from the whole analysis
 * is kept whole, the memos it was made from are kept with it; those of pages made again must still forget what no
 * page asks for any more. (Found in review: every rename of a comparison left its two old views behind for good.)
 */
class RenderMemoTest {

    @Test
    void aComparisonRenamedAgainAndAgainLeavesNoViewsBehind(@TempDir Path dir) throws IOException {
        TestProject project = TestProject.copyOfReal(dir.resolve("project"));
        Pipeline preview = new Pipeline(project);
        preview.build(Changes.unknown());
        int views = preview.render.comparisons.size();
        Path current = project.content().resolve("comparisons/09-trumps-words.md");
        for (int rename = 1; rename <= 5; rename++) {
            Path next = current.resolveSibling("09-trumps-words-" + rename + ".md");
            Files.move(current, next);
            preview.build(Changes.of(Set.of(current, next)));
            current = next;
        }
        assertEquals(views, preview.render.comparisons.size(), "the comparison views kept");
    }

    /** The preview's stages with their memos, as SiteBuild runs them. */
    private static final class Pipeline {
        private final TestProject project;
        private final LoadMemo load = LoadMemo.keeping();
        private final AnalysisMemo analysis = AnalysisMemo.keeping();
        private final RenderMemo render = RenderMemo.keeping();
        private final Utf8Reader reader;

        Pipeline(TestProject project) {
            this.project = project;
            this.reader = new Utf8Reader(project.root, load);
        }

        void build(Changes changes) {
            Problems problems = new Problems();
            load.startBuild(changes);
            Content content = new ContentLoader(reader).load(project.content(), problems);
            load.endBuild();
            var analysed = new Analyser(analysis).analyse(content, problems);
            analysis.endBuild();
            new SiteRenderer(project.templates(), "templates", render).render(analysed, problems, FileSink.NONE);
            assertFalse(problems.hasErrors(), () -> problems.sorted().toString());
        }
    }
}
