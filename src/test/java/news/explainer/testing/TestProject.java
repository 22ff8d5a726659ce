package news.explainer.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import news.explainer.cli.Cli;

/** A throwaway project folder for end-to-end tests: a copy of the real content and templates, or parts of it. */
public final class TestProject {
    public final Path root;

    private TestProject(Path root) {
        this.root = root;
    }

    /** A project holding the real templates and the real content folder. */
    public static TestProject copyOfReal(Path tempDir) throws IOException {
        TestProject project = new TestProject(tempDir);
        copyTree(Path.of("content"), project.content());
        copyTree(Path.of("templates"), project.templates());
        return project;
    }

    /** A project holding the real templates and only the real articles: no story, no annotations. */
    public static TestProject articlesOnly(Path tempDir) throws IOException {
        TestProject project = new TestProject(tempDir);
        copyTree(Path.of("content/articles"), project.content().resolve("articles"));
        copyTree(Path.of("templates"), project.templates());
        return project;
    }

    public Path content() {
        return root.resolve("content");
    }

    public Path templates() {
        return root.resolve("templates");
    }

    public Path site() {
        return root.resolve("site");
    }

    /** A copy of this whole project (content, templates and any built site) in another folder. */
    public TestProject copyTo(Path other) throws IOException {
        copyTree(root, other);
        return new TestProject(other);
    }

    /** Deletes a file or a whole folder of the project. */
    public void delete(String relative) throws IOException {
        Path target = root.resolve(relative);
        if (!Files.exists(target)) {
            throw new IOException("nothing to delete at " + relative);
        }
        try (Stream<Path> walk = Files.walk(target)) {
            for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** Replaces the one place where {@code old} stands in a file; fails when it stands nowhere or twice. */
    public void replace(String relative, String old, String replacement) throws IOException {
        Path file = root.resolve(relative);
        String text = Files.readString(file);
        int at = text.indexOf(old);
        if (at < 0 || text.indexOf(old, at + 1) >= 0) {
            throw new IOException("'" + old + "' must stand exactly once in " + relative);
        }
        Files.writeString(file, text.substring(0, at) + replacement + text.substring(at + old.length()));
    }

    public Path writeBytes(String relative, byte[] bytes) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        return file;
    }

    public Path write(String relative, String text) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    /** Runs a command against this project, as a user would from the command line. */
    public Run run(String command, String... extra) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> args = new ArrayList<>(List.of(command, "--content", content().toString(),
                "--templates", templates().toString(), "--out", site().toString()));
        args.addAll(List.of(extra));
        int code = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args.toArray(String[]::new));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /**
     * Runs a command and shows its output as an editor working in the project folder would see it: paths relative
     * to the project ({@code content/people/x.md}, not the temporary folder's absolute path).
     */
    public Run runHere(String command, String... extra) {
        Run run = run(command, extra);
        String prefix = root.toAbsolutePath() + java.io.File.separator;
        return new Run(run.exitCode(), run.out().replace(prefix, ""), run.err().replace(prefix, ""));
    }

    /** What a command printed and returned. */
    public record Run(int exitCode, String out, String err) {}

    /** Every file under a folder with its bytes, keyed by relative path: to compare whole sites. */
    public static Map<String, byte[]> snapshot(Path dir) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        if (!Files.exists(dir)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        }
        return files;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
