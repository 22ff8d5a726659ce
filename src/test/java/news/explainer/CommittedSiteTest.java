package news.explainer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import news.explainer.testing.TestProject;
import news.explainer.write.OutputFile;
import news.explainer.write.SiteWriter;
import org.junit.jupiter.api.Test;

/** The committed {@code site/} is what the committed content builds to: no one forgot to rebuild. */
class CommittedSiteTest {

    @Test
    void committedSiteIsExactlyWhatAFreshBuildProduces() throws IOException {
        SiteBuild.Result result = new SiteBuild(Path.of("content"), Path.of("templates"), Path.of("")).run();
        assertTrue(result.problems().sorted().isEmpty(), () -> "the real content must build cleanly: "
                + result.problems().sorted());
        Map<String, byte[]> fresh = new TreeMap<>();
        for (OutputFile file : result.files()) {
            fresh.put(file.path(), file.bytes());
        }
        fresh.put(SiteWriter.MARKER, new byte[0]);
        Map<String, byte[]> committed = TestProject.snapshot(Path.of("site"));
        String hint = "site/ is stale: run the README's build command and commit site/";
        assertEquals(fresh.keySet(), committed.keySet(), hint);
        fresh.forEach((path, bytes) -> assertEquals(new String(bytes, StandardCharsets.UTF_8),
                new String(committed.get(path), StandardCharsets.UTF_8), hint + " (" + path + ")"));
    }
}
