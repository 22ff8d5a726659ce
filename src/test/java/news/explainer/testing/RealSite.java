package news.explainer.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import news.explainer.SiteBuild;
import news.explainer.write.OutputFile;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** The real content and templates, built once per test JVM in memory, for tests that read what readers get. */
public final class RealSite {
    private static SiteBuild.Result result;

    private RealSite() {}

    /** The build of content/ with templates/; it must have no problem at all, not even a warning. */
    public static synchronized SiteBuild.Result result() {
        if (result == null) {
            SiteBuild.Result built = new SiteBuild(Path.of("content"), Path.of("templates"), Path.of("")).run();
            assertTrue(built.problems().sorted().isEmpty(),
                    () -> "the real content must build cleanly: " + built.problems().sorted());
            result = built;
        }
        return result;
    }

    public static OutputFile file(String path) {
        return result().files().stream().filter(f -> f.path().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError("the site has no " + path));
    }

    public static String text(String path) {
        return new String(file(path).bytes(), StandardCharsets.UTF_8);
    }

    public static Document page(String path) {
        return Jsoup.parse(text(path));
    }
}
