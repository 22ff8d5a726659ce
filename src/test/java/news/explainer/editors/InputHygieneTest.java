package news.explainer.editors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import news.explainer.cli.ExitCodes;
import news.explainer.testing.TestProject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files saved by Windows editors: a byte-order mark and CRLF line endings are accepted and change nothing an editor
 * wrote. The site built from such files is the same site, byte for byte, except where the files' own bytes are
 * the point: the original articles, published as they are, and the byte offsets that point into them.
 */
class InputHygieneTest {
    @TempDir
    static Path dir;
    private static Map<String, byte[]> plainSite;

    @BeforeAll
    static void buildThePlainSite() throws IOException {
        TestProject plain = TestProject.copyOfReal(dir.resolve("plain"));
        assertEquals(ExitCodes.OK, plain.run("build").exitCode());
        plainSite = TestProject.snapshot(plain.site());
    }

    @Test
    void annotationsWithAByteOrderMarkAndCrlfBuildTheSameSite() throws IOException {
        TestProject windows = TestProject.copyOfReal(dir.resolve("windows-annotations"));
        toWindows(windows.content(), ".md");
        TestProject.Run run = windows.run("build");
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertEquals(Set.of(), differing(plainSite, TestProject.snapshot(windows.site())));
    }

    @Test
    void articlesWithAByteOrderMarkAndCrlfBuildTheSamePages() throws IOException {
        TestProject windows = TestProject.copyOfReal(dir.resolve("windows-articles"));
        toWindows(windows.content().resolve("articles"), ".txt");
        TestProject.Run run = windows.run("build");
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        Set<String> expected = new TreeSet<>(Set.of("data/explainer.json"));
        plainSite.keySet().stream().filter(p -> p.matches("sources/.*\\.txt")).forEach(expected::add);
        assertEquals(expected, differing(plainSite, TestProject.snapshot(windows.site())),
                "only the published originals and the byte offsets into them may differ");
        byte[] original = Files.readAllBytes(windows.content().resolve("articles/004_e58917d5e258b20f.txt"));
        assertArrayEquals(original, TestProject.snapshot(windows.site()).get("sources/cnn.txt"),
                "the original is published byte for byte, mark and CRLF included");
    }

    /** Adds a byte-order mark to every file and turns every line ending into CRLF. */
    private static void toWindows(Path folder, String extension) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(f -> f.toString().endsWith(extension)).toList()) {
                String text = Files.readString(file).replace("\r\n", "\n").replace("\n", "\r\n");
                Files.writeString(file, "\uFEFF" + text, StandardCharsets.UTF_8);
            }
        }
    }

    private static Set<String> differing(Map<String, byte[]> a, Map<String, byte[]> b) {
        Set<String> paths = new TreeSet<>(a.keySet());
        paths.addAll(b.keySet());
        paths.removeIf(p -> a.containsKey(p) && b.containsKey(p) && java.util.Arrays.equals(a.get(p), b.get(p)));
        return paths;
    }
}
