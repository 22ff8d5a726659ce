package news.explainer.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import news.explainer.SiteBuild;
import news.explainer.analyse.Analysis;
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
}
