package news.explainer.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import news.explainer.SiteBuild;
import news.explainer.analyse.Analysis;
import news.explainer.analyse.quote.QuoteRun;
import news.explainer.reuse.Changes;
import news.explainer.reuse.Memo;
import news.explainer.testing.TestProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The quotes marked on the source pages, made article by article in the preview: after an edit, the articles it did
 * not touch keep the last build's marks (the same objects), the edited one gets new ones, and all of them are what
 * a build that keeps nothing makes.
 */
class QuoteMarksTest {

    @Test
    void anEditRemakesOnlyTheEditedArticlesMarks(@TempDir Path dir) throws IOException {
        Previewed preview = new Previewed(TestProject.copyOfReal(dir));
        Map<String, List<QuoteViews.QuoteMark>> before = preview.first();
        Map<String, List<QuoteViews.QuoteMark>> after = preview.after("content/articles/001_772144a5bb11708c.txt",
                "A house heavily damaged", "A home heavily damaged"); // before its quotes

        assertEquals(preview.fresh(), after, "what a build that keeps nothing makes");
        Analysis analysis = preview.analysis;
        String edited = analysis.content().articles().get(1).id();
        assertNotEquals(before.get(edited), after.get(edited), "the edited article's quotes moved");
        assertEquals(before.keySet(), after.keySet());
        assertTrue(after.size() > 1, after.keySet().toString());
        for (String other : after.keySet()) {
            if (!other.equals(edited)) {
                assertSame(before.get(other), after.get(other), other);
            }
        }
    }

    /** A quote added makes new clusters: every label is made again, and the new quote is marked too. */
    @Test
    void aNewQuoteIsMarkedWithItsUtterance(@TempDir Path dir) throws IOException {
        Previewed preview = new Previewed(TestProject.copyOfReal(dir));
        Map<String, List<QuoteViews.QuoteMark>> before = preview.first();
        Map<String, List<QuoteViews.QuoteMark>> after = preview.after("content/articles/001_772144a5bb11708c.txt",
                "A house heavily damaged", "“We will rebuild the house,” a resident said. A house heavily damaged");

        assertEquals(preview.fresh(), after, "what a build that keeps nothing makes");
        Analysis analysis = preview.analysis;
        String edited = analysis.content().articles().get(1).id();
        assertEquals(before.get(edited).size() + 1, after.get(edited).size(), "the new quote marked");
    }

    /**
     * A person file renamed: the quote's speaker id stays ({@code ana-kovac}, the file's name) while the name in its
     * label changes. The label must follow the name.
     */
    @Test
    void aSpeakerWhoseNameChangesButNotTheirIdIsLabelledAnew(@TempDir Path dir) throws IOException {
        TestProject project = TestProject.copyOfReal(dir);
        String person = "content/people/ana-kovac.md";
        project.write(person, "---\nname: Ana Kovač\nrole: Mayor of Split\n---\n");
        project.write("content/articles/kovac.txt", "Talks resume in Split\n"
                + "Ana Kovac said on Monday that the talks would resume.\n"
                + "“We will not stop the talks while the cold lasts,” Ana Kovač said on Tuesday.\n");
        project.write("content/sources/kovac.md", "---\nfile: kovac.txt\noutlet: Split Daily\n"
                + "published: 2026-01-30\n---\n");
        Previewed preview = new Previewed(project);
        Map<String, List<QuoteViews.QuoteMark>> before = preview.first();
        assertTrue(before.get("kovac").get(0).label().startsWith("Ana Kovač · "), before.get("kovac").toString());
        Map<String, List<QuoteViews.QuoteMark>> after = preview.after(person, "name: Ana Kovač", "name: Ana Kovac");

        Map<String, List<QuoteViews.QuoteMark>> fresh = preview.fresh();
        assertTrue(fresh.get("kovac").get(0).label().startsWith("Ana Kovac · "), fresh.get("kovac").toString());
        assertEquals(fresh.get("kovac"), after.get("kovac"), "the label of a build that keeps nothing");
        assertEquals(fresh, after, "what a build that keeps nothing makes");
    }

    /** The preview's build of a project, with the two memos the marks are kept in from one build to the next. */
    private static final class Previewed {
        final TestProject project;
        private final SiteBuild build;
        private final Memo<QuoteViews.BadgesIn, Map<String, QuoteViews.Badge>> badges = Memo.keeping();
        private final Memo<QuoteRun.With<Map<String, QuoteViews.Badge>>, List<QuoteViews.QuoteMark>> kept = Memo.keeping();
        Analysis analysis;

        Previewed(TestProject project) {
            this.project = project;
            this.build = SiteBuild.reusing(project.content(), project.templates(), project.root);
        }

        /** The first build's marks. */
        Map<String, List<QuoteViews.QuoteMark>> first() {
            analysis = build.run().analysis();
            return marks();
        }

        /** The marks after replacing {@code old} in {@code file}, the preview told that file changed. */
        Map<String, List<QuoteViews.QuoteMark>> after(String file, String old, String replacement) throws IOException {
            project.replace(file, old, replacement);
            analysis = build.run(Changes.modified(Set.of(project.root.resolve(file)))).analysis();
            return marks();
        }

        /** What a build that keeps nothing makes of the last analysis. */
        Map<String, List<QuoteViews.QuoteMark>> fresh() {
            return QuoteMarksTest.marks(analysis, Memo.off(), Memo.off());
        }

        private Map<String, List<QuoteViews.QuoteMark>> marks() {
            Map<String, List<QuoteViews.QuoteMark>> marks = QuoteMarksTest.marks(analysis, badges, kept);
            badges.endBuild();
            kept.endBuild();
            return marks;
        }
    }

    private static Map<String, List<QuoteViews.QuoteMark>> marks(Analysis analysis,
            Memo<QuoteViews.BadgesIn, Map<String, QuoteViews.Badge>> badges,
            Memo<QuoteRun.With<Map<String, QuoteViews.Badge>>, List<QuoteViews.QuoteMark>> kept) {
        return new QuoteViews(analysis, ExplainerViews.articlesById(analysis), new Markdown(), Memo.off(), Memo.off(),
                badges, kept).marksByArticle();
    }
}
