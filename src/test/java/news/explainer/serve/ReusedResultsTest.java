package news.explainer.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Set;
import news.explainer.SiteBuild;
import news.explainer.analyse.Analysis;
import news.explainer.model.Article;
import news.explainer.render.export.DataExport;
import news.explainer.render.export.ExplainerData;
import news.explainer.render.export.ExportMemo;
import news.explainer.reuse.Changes;
import news.explainer.testing.TestProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the preview's build hands on unchanged after an edit: the last build's objects, not equal copies, so that the
 * later steps that keep their results by those objects find them at once. (Found in profiling: the clusters were
 * kept, then copied by the analysis on every build, and every quote's record of the data export was made again.)
 */
class ReusedResultsTest {

    @Test
    void anEditOutsideTheQuotesHandsOnTheLastBuildsClusters(@TempDir Path dir) throws IOException {
        TestProject project = TestProject.copyOfReal(dir);
        SiteBuild build = SiteBuild.reusing(project.content(), project.templates(), project.root);
        Analysis before = build.run().analysis();
        String article = "content/articles/001_772144a5bb11708c.txt";
        project.replace(article, "A house heavily damaged", "A home heavily damaged");
        Analysis after = build.run(Changes.modified(Set.of(project.root.resolve(article)))).analysis();

        assertNotSame(before.content().articles().get(1).source(), after.content().articles().get(1).source(),
                "the article was read again");
        assertEquals(before.quotes().clusters(), after.quotes().clusters());
        assertSame(before.quotes().clusters(), after.quotes().clusters());
    }

    /** The data export's records of the articles an edit did not touch are the last export's objects. */
    @Test
    void anEditRemakesOnlyTheEditedArticlesExportRecords(@TempDir Path dir) throws IOException {
        TestProject project = TestProject.copyOfReal(dir);
        SiteBuild build = SiteBuild.reusing(project.content(), project.templates(), project.root);
        DataExport export = new DataExport();
        ExportMemo memo = ExportMemo.keeping();
        ExplainerData before = export.data(build.run().analysis(), memo);
        memo.endBuild();
        String article = "content/articles/001_772144a5bb11708c.txt";
        project.replace(article, "A house heavily damaged", "A home heavily damaged");
        Analysis analysis = build.run(Changes.modified(Set.of(project.root.resolve(article)))).analysis();
        ExplainerData after = export.data(analysis, memo);

        assertEquals(export.data(analysis, ExportMemo.off()), after, "what a fresh export makes");
        String edited = analysis.content().articles().get(1).id();
        assertEquals(before.quotes().size(), after.quotes().size());
        int reused = 0;
        for (int i = 0; i < after.quotes().size(); i++) {
            if (!after.quotes().get(i).article().equals(edited)) {
                assertSame(before.quotes().get(i), after.quotes().get(i), after.quotes().get(i).id());
                reused++;
            }
        }
        assertTrue(reused > 0 && reused < after.quotes().size(), reused + " reused");
        for (int c = 0; c < after.comparisons().size(); c++) {
            List<ExplainerData.AnswerData> was = before.comparisons().get(c).answers();
            List<ExplainerData.AnswerData> now = after.comparisons().get(c).answers();
            for (int a = 0; a < now.size(); a++) {
                if (!now.get(a).article().equals(edited)) {
                    assertSame(was.get(a), now.get(a));
                }
            }
        }
    }

    /**
     * The preview's warm-up pretends an article was saved changed: the run analyses it as changed, without touching
     * the file, and a later run, even one told that nothing changed, has the article as it is.
     */
    @Test
    void aPretendedSaveIsAnalysedAsChangedAndNoLaterRunIsHandedIt(@TempDir Path dir) throws IOException {
        TestProject project = TestProject.copyOfReal(dir);
        SiteBuild build = SiteBuild.reusing(project.content(), project.templates(), project.root);
        Analysis before = build.run().analysis();
        Path file = project.root.resolve("content/articles/001_772144a5bb11708c.txt");
        byte[] saved = Files.readAllBytes(file);
        FileTime modified = Files.getLastModifiedTime(file);

        Article pretended = build.runPretendingSaved(file).analysis().content().articles().get(1);
        assertEquals(file.getFileName().toString(), pretended.fileName());
        String text = before.content().articles().get(1).source().text();
        assertTrue(pretended.source().text().startsWith(text) && pretended.source().text().length() > text.length(),
                "the article as if saved with more at its end");
        assertArrayEquals(saved, Files.readAllBytes(file), "the file is not touched");
        assertEquals(modified, Files.getLastModifiedTime(file));

        Analysis after = build.run(Changes.modified(Set.of())).analysis();
        assertSame(before.content().articles().get(1).source(), after.content().articles().get(1).source(),
                "the text read before the pretended save, not what it pretended");
        assertEquals(before.quotes().clusters(), after.quotes().clusters());
    }
}
