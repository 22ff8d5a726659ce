package news.explainer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/explainer}, the launcher, as the benchmark reads it: the command it prints with
 * {@code EXPLAINER_PRINT_COMMAND=1}, in a copy of the project with a stand-in jar (tests run before packaging).
 */
class LauncherTest {

    private static List<String> printed(Path project, String command, String javaOptions) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("sh", project.resolve("bin/explainer").toString(), command);
        Map<String, String> env = builder.environment();
        env.put("EXPLAINER_PRINT_COMMAND", "1");
        env.put("EXPLAINER_JAVA_OPTS", javaOptions);
        Process process = builder.redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), out);
        return out.lines().toList();
    }

    private static Path project(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("bin"));
        Files.copy(Path.of("bin/explainer"), dir.resolve("bin/explainer"));
        Files.createDirectories(dir.resolve("target"));
        Files.writeString(dir.resolve("target/explainer.jar"), "stand-in");
        return dir;
    }

    @Test
    void printsJavaItsOptionsThenTheJarAndTheCommand(@TempDir Path dir) throws Exception {
        List<String> words = printed(project(dir), "build", "-Xmx1g");
        assertEquals("java", words.get(0));
        int jar = words.indexOf("-jar");
        assertEquals(jar + 3, words.size(), words.toString());
        assertTrue(Files.isSameFile(dir.resolve("target/explainer.jar"), Path.of(words.get(jar + 1))), words.toString());
        assertEquals("build", words.get(jar + 2));
        List<String> options = words.subList(1, jar);
        assertTrue(options.containsAll(List.of("-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1", "-Xmx1g")),
                options.toString());
        assertFalse(options.stream().anyMatch(o -> o.startsWith("-XX:SharedArchiveFile")), "no archive, none named");
    }

    /** The preview runs for hours: it keeps the optimising compiler, whose code rebuilds faster once warm. */
    @Test
    void theQuickCompilerAloneIsForBuildsNotForThePreview(@TempDir Path dir) throws Exception {
        Path project = project(dir);
        for (String command : List.of("build", "check")) {
            assertTrue(printed(project, command, "").contains("-XX:TieredStopAtLevel=1"), command);
        }
        List<String> serve = printed(project, "serve", "-Xmx2g");
        assertFalse(serve.stream().anyMatch(o -> o.startsWith("-XX:TieredStopAtLevel")
                || o.startsWith("-XX:CICompilerCount")), serve.toString());
        assertTrue(serve.containsAll(List.of("-XX:+UseParallelGC", "-Xmx2g")), serve.toString());
    }

    @Test
    void leavesTheCompilerCountAloneWhenTheOptionsBringTheOptimisingCompilerBack(@TempDir Path dir)
            throws Exception {
        List<String> words = printed(project(dir), "build", "-XX:TieredStopAtLevel=4");
        assertFalse(words.contains("-XX:CICompilerCount=1"), words.toString());
        assertTrue(words.contains("-XX:TieredStopAtLevel=4"), words.toString());
    }

    /**
     * The launcher's own options never stop the JVM from starting, whatever the user adds: started with the printed
     * options and {@code -version} (from review: options the JVM takes on its own must still start it).
     */
    @Test
    void theJvmStartsWithTheLaunchersOptionsAndTheUsers(@TempDir Path dir) throws Exception {
        Path project = project(dir);
        String java = ProcessHandle.current().info().command().orElse("java");
        for (String command : List.of("build", "serve")) {
            for (String options : List.of("", "-Xmx1g -XX:MaxHeapSize=512m", "-XX:InitialTenuringThreshold=4",
                    "-XX:TieredStopAtLevel=4", "-XX:-TieredCompilation", "-XX:CICompilerCount=2")) {
                List<String> words = printed(project, command, options);
                List<String> started = new java.util.ArrayList<>(List.of(java));
                started.addAll(words.subList(1, words.indexOf("-jar")));
                started.add("-version");
                Process process = new ProcessBuilder(started).redirectErrorStream(true).start();
                String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertEquals(0, process.waitFor(), command + " " + options + ": " + started + "\n" + out);
            }
        }
    }
}
