package news.explainer.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import news.explainer.write.OutputFile;

/** The real site, built once per test JVM in memory from content/ and templates/. */
final class BuiltSite {
    private static List<OutputFile> files;

    private BuiltSite() {
    }

    static synchronized List<OutputFile> files() {
        if (files == null) {
            files = List.copyOf(news.explainer.testing.RealSite.result().files());
        }
        return files;
    }

    /** Writes files into folder (which must exist), creating sub-folders. */
    static void write(List<OutputFile> files, Path folder) throws IOException {
        for (OutputFile file : files) {
            Path target = folder.resolve(file.path());
            Files.createDirectories(target.getParent());
            Files.write(target, file.bytes());
        }
    }

    /** A file of src/test/resources/site/, e.g. a deliberately broken page. */
    static byte[] resource(String name) {
        try (InputStream in = BuiltSite.class.getResourceAsStream("/site/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource site/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
