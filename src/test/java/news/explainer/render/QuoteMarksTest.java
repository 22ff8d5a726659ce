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
        TestProject project = TestProject.copyOfReal(dir);
        SiteBuild build = SiteBuild.reusing(project.content(), project.templates(), project.root);
        Memo<QuoteViews.BadgesIn, Map<String, QuoteViews.Badge>> badges = Memo.keeping();
        Memo<QuoteViews.ArticleMarks, List<QuoteViews.QuoteMark>> kept = Memo.keeping();
        Map<String, List<QuoteViews.QuoteMark>> before = marks(build.run().analysis(), badges, kept);
        badges.endBuild();
        kept.endBuild();
        String article = "content/articles/001_772144a5bb11708c.txt";
        project.replace(article, "A house heavily damaged", "A home heavily damaged"); // before its quotes
        Analysis analysis = build.run(Changes.modified(Set.of(project.root.resolve(article)))).analysis();
        Map<String, List<QuoteViews.QuoteMark>> after = marks(analysis, badges, kept);

        assertEquals(marks(analysis, Memo.off(), Memo.off()), after, "what a build that keeps nothing makes");
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
        TestProject project = TestProject.copyOfReal(dir);
        SiteBuild build = SiteBuild.reusing(project.content(), project.templates(), project.root);
        Memo<QuoteViews.BadgesIn, Map<String, QuoteViews.Badge>> badges = Memo.keeping();
        Memo<QuoteViews.ArticleMarks, List<QuoteViews.QuoteMark>> kept = Memo.keeping();
        Map<String, List<QuoteViews.QuoteMark>> before = marks(build.run().analysis(), badges, kept);
        badges.endBuild();
        kept.endBuild();
        String article = "content/articles/001_772144a5bb11708c.txt";
        project.replace(article, "A house heavily damaged", "“We will rebuild the house,” a resident said. A house heavily damaged");
        Analysis analysis = build.run(Changes.modified(Set.of(project.root.resolve(article)))).analysis();
        Map<String, List<QuoteViews.QuoteMark>> after = marks(analysis, badges, kept);

        assertEquals(marks(analysis, Memo.off(), Memo.off()), after, "what a build that keeps nothing makes");
        String edited = analysis.content().articles().get(1).id();
        assertEquals(before.get(edited).size() + 1, after.get(edited).size(), "the new quote marked");
    }

    private static Map<String, List<QuoteViews.QuoteMark>> marks(Analysis analysis,
            Memo<QuoteViews.BadgesIn, Map<String, QuoteViews.Badge>> badges,
            Memo<QuoteViews.ArticleMarks, List<QuoteViews.QuoteMark>> kept) {
        return new QuoteViews(analysis, ExplainerViews.articlesById(analysis), new Markdown(), Memo.off(), Memo.off(),
                badges, kept).marksByArticle();
    }
}
