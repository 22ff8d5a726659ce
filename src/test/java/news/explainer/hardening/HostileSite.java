package news.explainer.hardening;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import news.explainer.SiteBuild;
import news.explainer.write.OutputFile;
import news.explainer.write.SiteWriter;

/**
 * The hostile content folder, built once per test JVM by the real pipeline (SiteBuild, then SiteWriter) into
 * target/hostile/, where it stays after the run so that a failure can be looked at.
 *
 * @param content the generated content folder
 * @param site the written site folder
 * @param files what the build produced, by site-relative path
 */
record HostileSite(HostileContent hostile, Path content, Path site, List<OutputFile> files, long warnings) {
    private static final Path ROOT = Path.of("target", "hostile");
    private static HostileSite built;

    static synchronized HostileSite get() throws IOException {
        if (built == null) {
            built = build();
        }
        return built;
    }

    private static HostileSite build() throws IOException {
        deleteRecursively(ROOT);
        HostileContent hostile = new HostileContent();
        Path content = hostile.write(ROOT);
        SiteBuild.Result result = new SiteBuild(content, Path.of("templates"), ROOT).run();
        result.problems().sorted().forEach(p -> System.out.println("  hostile build: " + p.headline()));
        assertFalse(result.problems().hasErrors(), "the hostile content must build: every payload must reach a page");
        Path site = ROOT.resolve("site");
        new SiteWriter().write(site, result.files());
        return new HostileSite(hostile, content, site, result.files(), result.problems().warningCount());
    }

    List<OutputFile> withExtension(String... extensions) {
        return files.stream().filter(f -> List.of(extensions).contains(extension(f.path()))).toList();
    }

    static String extension(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var walk = Files.walk(dir)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
