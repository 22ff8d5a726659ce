package news.explainer.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import news.explainer.SiteBuild;
import news.explainer.analyse.StepTimes;

/**
 * Builds a site once in memory, then writes its files into fresh folders under {@code OUT}, round after round, on
 * both cores ({@code parallel}, as {@link SiteWriter} does) or on one ({@code sequential}), alternating: wall and
 * process CPU ms of each write. Nothing is deleted: delete {@code OUT} yourself, and see bench/README.md ("Deleted
 * files") for why not right before a measure. Usage: {@code WriteTimes CONTENT OUT ROUNDS parallel,sequential}.
 */
public final class WriteTimes {
    private WriteTimes() {}

    public static void main(String[] args) throws Exception {
        List<OutputFile> files = new SiteBuild(Path.of(args[0]), Path.of("templates"), Path.of("")).run().files();
        int folder = 0;
        for (int round = 0; round < Integer.parseInt(args[2]); round++) {
            StringBuilder out = new StringBuilder();
            for (String how : args[3].split(",")) {
                Path root = Path.of(args[1], how + "-" + ++folder);
                System.gc();
                StepTimes.time(out, how, () -> {
                    Set<Path> folders = new TreeSet<>();
                    files.forEach(f -> folders.add(root.resolve(f.path()).getParent()));
                    folders.forEach(WriteTimes::createFolder);
                    (how.equals("sequential") ? files.stream() : files.parallelStream()).forEach(f -> write(root, f));
                    return null;
                });
            }
            System.out.println(out);
        }
    }

    private static void createFolder(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path root, OutputFile file) {
        try {
            Files.write(root.resolve(file.path()), file.bytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
