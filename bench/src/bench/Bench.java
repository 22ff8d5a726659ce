package bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The benchmark: for each size, a cold build of the synthetic story by our generator and by Hugo, alternating, each
 * as a whole process timed with {@code /usr/bin/time -v} (wall time, CPU time, peak memory); then the preview
 * measure; and the seed explainer's own cold build. Prints one table and writes {@code bench/results.json}.
 *
 * <p>Run through {@code bench/run}, which packages the jar and compiles this folder first. Settings come from the
 * environment: {@code SIZES} ("100 1000 10000"), {@code RUNS} (5), {@code RUNS_10K} (3), {@code EDITS} (20),
 * {@code WARMUPS} (1: runs not counted before each measure).
 */
public final class Bench {
    private static final Path WORK = Path.of("bench/target");
    private static final String CLASSPATH = "target/explainer.jar:bench/target/classes";

    /** One timed process: wall and CPU seconds, peak resident memory. */
    record Run(double wall, double cpu, double sys, long rssKb) {}

    record Measure(List<Run> runs) {
        double median() {
            return medianOf(runs.stream().map(Run::wall).toList());
        }

        double medianCpu() {
            return medianOf(runs.stream().map(Run::cpu).toList());
        }

        long peakRssMb() {
            return runs.stream().mapToLong(Run::rssKb).max().orElse(0) / 1024;
        }
    }

    record Row(int n, Measure ours, Measure hugo, String preview, String previewAtOnce) {}

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = new ArrayList<>();
        for (String s : env("SIZES", "100 1000 10000").trim().split("\\s+")) {
            sizes.add(Integer.parseInt(s));
        }
        int runs = Integer.parseInt(env("RUNS", "5"));
        int runs10k = Integer.parseInt(env("RUNS_10K", "3"));
        int edits = Integer.parseInt(env("EDITS", "20"));
        warmups = Integer.parseInt(env("WARMUPS", "1"));
        String load = loadAverage();
        // The last run's outputs are set aside now and deleted only once every timing is done (see fresh()).
        Path leftovers = setAside(WORK.resolve("out"));

        Measure seed = measure(out -> List.of("bin/explainer", "build", "--content", "content", "--out", out),
                runs, "seed");
        Measure seedPlain = measure(out -> List.of("java", "-jar", "target/explainer.jar", "build", "--content",
                "content", "--out", out), runs, "seed-plain");
        List<Row> rows = new ArrayList<>();
        for (int n : sizes) {
            rows.add(size(n, n >= 10_000 ? runs10k : runs, edits));
        }
        deleteRecursively(WORK.resolve("out/runs"));
        deleteRecursively(leftovers);
        String table = table(seed, seedPlain, rows);
        System.out.println();
        System.out.print(table);
        Files.writeString(Path.of("bench/results.json"), json(seed, seedPlain, rows, load), StandardCharsets.UTF_8);
        System.out.println("wrote bench/results.json");
    }

    private static Row size(int n, int runs, int edits) throws Exception {
        Path corpus = WORK.resolve("corpus-" + n);
        if (!Files.exists(corpus.resolve("content/story.md"))) {
            run(List.of("java", "-cp", CLASSPATH, "bench.Corpus", String.valueOf(n), corpus.toString(),
                    "bench/hugo/layouts"));
        }
        // The heap README.md recommends for a big story: its size fixed, so that the collector never stops the build
        // to decide whether to grow it.
        Command ours = out -> List.of("env", "EXPLAINER_JAVA_OPTS=-Xms1g -Xmx1g", "bin/explainer", "build", "--content",
                corpus.resolve("content").toString(), "--out", out);
        Command hugo = out -> List.of("hugo", "--quiet", "-s", corpus.resolve("hugo").toString(), "-d",
                Path.of(out).toAbsolutePath().toString());
        warmUp(ours, "ours-" + n);
        warmUp(hugo, "hugo-" + n);
        List<Run> oursRuns = new ArrayList<>();
        List<Run> hugoRuns = new ArrayList<>();
        for (int i = 0; i < runs; i++) { // alternating, so that a busy spell on the machine hits both
            oursRuns.add(timed(ours, "ours-" + n));
            hugoRuns.add(timed(hugo, "hugo-" + n));
            System.out.printf(Locale.ROOT, "  n=%d run %d: ours %.2f s, hugo %.2f s%n", n, i + 1,
                    oursRuns.get(i).wall(), hugoRuns.get(i).wall());
        }
        // The preview keeps the last build's results to reuse them: it needs about twice a one-off build's heap.
        // Twice: the first save 5 s after the preview started (an editor opens the page, then edits), while the
        // preview warms its rebuild up; then saves from the moment it has started, before it has warmed up.
        String preview = preview(corpus, n, edits, 5000);
        String previewAtOnce = preview(corpus, n, edits, 0);
        System.out.println("  n=" + n + " preview: " + preview + "; saving at once: " + previewAtOnce);
        return new Row(n, new Measure(oursRuns), new Measure(hugoRuns), preview, previewAtOnce);
    }

    /**
     * The preview measure, in a JVM started with the options {@code bin/explainer serve} uses, as the README says to
     * run the preview. The measure runs the real preview inside its own JVM ({@code bench.Preview}), so it cannot
     * go through the launcher itself; the launcher prints its command instead, so the options are written down once.
     */
    private static String preview(Path corpus, int n, int edits, int pauseMillis) throws Exception {
        List<String> command = new ArrayList<>(List.of("env", "PAUSE_MS=" + pauseMillis, "java"));
        command.addAll(launcherOptions());
        // The heap README.md recommends for the preview of a big story.
        command.addAll(List.of("-Xms2g", "-Xmx2g", "-cp", CLASSPATH, "bench.Preview",
                corpus.resolve("content").toString(), "templates", fresh("preview-" + n), String.valueOf(edits), "serve"));
        return run(command).strip();
    }

    /** The JVM options of {@code bin/explainer serve}: the words between {@code java} and {@code -jar}. */
    static List<String> launcherOptions() throws Exception {
        List<String> words = run(List.of("env", "EXPLAINER_JAVA_OPTS=", "EXPLAINER_PRINT_COMMAND=1", "bin/explainer",
                "serve")).lines().toList();
        int jar = words.indexOf("-jar");
        if (words.isEmpty() || !words.get(0).equals("java") || jar < 0) {
            throw new IllegalStateException("bin/explainer printed no java command: " + words);
        }
        return words.subList(1, jar);
    }

    /** A build command, given the folder it is to write. */
    interface Command {
        List<String> writingTo(String out);
    }

    /**
     * Runs made and not counted before each measure, as hyperfine's {@code --warmup}: the first run after packaging
     * read the jar and the archive from disk, and started while this program's own JVM was still compiling its
     * start-up on the second core. Each is still a whole new process: no JVM state carries over.
     */
    private static int warmups;

    private static void warmUp(Command command, String name) throws Exception {
        for (int i = 0; i < warmups; i++) {
            timed(command, name + "-warmup");
        }
    }

    private static Measure measure(Command command, int runs, String name) throws Exception {
        warmUp(command, name);
        List<Run> all = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            all.add(timed(command, name));
        }
        return new Measure(all);
    }

    private static final Pattern WALL = Pattern.compile("Elapsed \\(wall clock\\) time \\(h:mm:ss or m:ss\\): (\\S+)");
    private static final Pattern USER = Pattern.compile("User time \\(seconds\\): (\\S+)");
    private static final Pattern SYS = Pattern.compile("System time \\(seconds\\): (\\S+)");
    private static final Pattern RSS = Pattern.compile("Maximum resident set size \\(kbytes\\): (\\d+)");

    private static int runCount;

    /**
     * A folder no run has written, for one cold run. Outputs are not deleted between runs: on this machine's ext4 (no
     * journal), a new file's inode is not taken from those freed in the last minute (or six, until they reach the
     * disk), and the kernel looks at every such inode of the folder's block group before it gives up and takes one:
     * 20,000 files made right after 20,000 were deleted took from 0.6 s to 11 s, depending on how many had been
     * deleted just before. Deleting between runs measured the file system's state rather than the tools.
     */
    private static String fresh(String name) {
        return WORK.resolve("out/runs/" + name + "-" + ++runCount).toString();
    }

    /** A cold run into a fresh folder, under {@code /usr/bin/time -v}. */
    private static Run timed(Command command, String name) throws Exception {
        List<String> full = new ArrayList<>(List.of("/usr/bin/time", "-v"));
        full.addAll(command.writingTo(fresh(name)));
        Process p = withoutCallersLauncherSettings(new ProcessBuilder(full))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String report = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", full) + " failed:\n" + report);
        }
        double sys = Double.parseDouble(find(SYS, report));
        return new Run(wallSeconds(find(WALL, report)), Double.parseDouble(find(USER, report)) + sys, sys,
                Long.parseLong(find(RSS, report)));
    }

    /**
     * The launcher's settings of whoever runs the benchmark are not the benchmark's: options would change what is
     * measured, and a printed command would be timed instead of a build (found in review). A command that needs one
     * sets it itself, with {@code env}.
     */
    private static ProcessBuilder withoutCallersLauncherSettings(ProcessBuilder builder) {
        builder.environment().remove("EXPLAINER_JAVA_OPTS");
        builder.environment().remove("EXPLAINER_PRINT_COMMAND");
        return builder;
    }

    /** A command's standard output; its errors go to ours, and a failure throws. */
    static String run(List<String> command) throws Exception {
        Process p = withoutCallersLauncherSettings(new ProcessBuilder(command))
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed");
        }
        return out;
    }

    private static String find(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("no " + pattern + " in:\n" + text);
        }
        return m.group(1);
    }

    /** {@code 0:01.23} or {@code 1:02:03}: to seconds. */
    private static double wallSeconds(String clock) {
        double seconds = 0;
        for (String part : clock.split(":")) {
            seconds = seconds * 60 + Double.parseDouble(part);
        }
        return seconds;
    }

    static double medianOf(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static String table(Measure seed, Measure seedPlain, List<Row> rows) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "seed explainer (5 articles), cold build: %.2f s median with"
                + " bin/explainer (CDS), %.2f s with plain java -jar; peak RSS %d MB%n%n", seed.median(),
                seedPlain.median(), seed.peakRssMb()));
        out.append("| articles | ours: cold build (median) | ours: CPU | ours: peak RSS | Hugo: cold build (median)"
                + " | Hugo: peak RSS | ours / Hugo | preview p50 | preview p95 | preview p50, saving at once |\n");
        out.append("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (Row r : rows) {
            out.append(String.format(Locale.ROOT, "| %,d | %.2f s | %.2f s | %d MB | %.2f s | %d MB | %.2f | %s ms |"
                    + " %s ms | %s ms |%n", r.n(), r.ours().median(), r.ours().medianCpu(), r.ours().peakRssMb(),
                    r.hugo().median(), r.hugo().peakRssMb(), r.ours().median() / r.hugo().median(),
                    field(r.preview(), "p50Ms"), field(r.preview(), "p95Ms"), field(r.previewAtOnce(), "p50Ms")));
        }
        return out.toString();
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\": ([0-9.]+)").matcher(json);
        return m.find() ? m.group(1) : "?";
    }

    private static String json(Measure seed, Measure seedPlain, List<Row> rows, String load) throws Exception {
        StringBuilder out = new StringBuilder("{\n");
        out.append("  \"date\": \"").append(ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ISO_INSTANT))
                .append("\",\n");
        out.append("  \"machine\": {\"nproc\": ").append(Runtime.getRuntime().availableProcessors())
                .append(", \"cpu\": \"").append(escape(cpuModel())).append("\", \"ramMb\": ").append(ramMb())
                .append(", \"java\": \"").append(escape(javaVersion())).append("\", \"hugo\": \"")
                .append(escape(run(List.of("hugo", "version")).strip())).append("\", \"loadAverageAtStart\": \"")
                .append(load).append("\"},\n");
        out.append("  \"note\": \"Wall times are medians of cold runs, each a whole process (JVM start included)."
                + " Ours runs through bin/explainer with -Xms1g -Xmx1g; Hugo and ours alternate. The machine is shared, so"
                + " figures are noisy: compare CPU seconds as well.\",\n");
        out.append("  \"seed\": {\"articles\": 5, \"launcher\": ").append(measureJson(seed))
                .append(", \"plainJavaJar\": ").append(measureJson(seedPlain)).append("},\n");
        out.append("  \"sizes\": [\n");
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            out.append(String.format(Locale.ROOT, "    {\"articles\": %d, \"ours\": %s, \"hugo\": %s,"
                    + " \"oursOverHugo\": %.3f, \"preview\": %s, \"previewSavingAtOnce\": %s}%s%n", r.n(),
                    measureJson(r.ours()), measureJson(r.hugo()), r.ours().median() / r.hugo().median(), r.preview(),
                    r.previewAtOnce(),
                    i + 1 < rows.size() ? "," : ""));
        }
        return out.append("  ]\n}\n").toString();
    }

    private static String measureJson(Measure m) {
        StringBuilder runs = new StringBuilder();
        for (Run r : m.runs()) {
            runs.append(runs.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT,
                    "{\"wallS\": %.3f, \"cpuS\": %.2f, \"sysS\": %.2f, \"rssMb\": %d}", r.wall(), r.cpu(),
                    r.sys(), r.rssKb() / 1024));
        }
        return String.format(Locale.ROOT, "{\"medianWallS\": %.3f, \"medianCpuS\": %.2f, \"peakRssMb\": %d,"
                + " \"runs\": [%s]}", m.median(), m.medianCpu(), m.peakRssMb(), runs);
    }

    private static String cpuModel() throws IOException {
        return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse("unknown");
    }

    private static long ramMb() throws IOException {
        return Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                .mapToLong(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024).findFirst().orElse(0);
    }

    private static String javaVersion() throws Exception {
        Process p = new ProcessBuilder("java", "-version").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out.strip().replace("\n", " / ");
    }

    private static String loadAverage() throws IOException {
        return Files.readString(Path.of("/proc/loadavg")).strip();
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** Renames a folder out of the way, to be deleted after the timings; returns where it went. */
    private static Path setAside(Path dir) throws IOException {
        Path aside = dir.resolveSibling(dir.getFileName() + ".old");
        deleteRecursively(aside);
        if (Files.exists(dir)) {
            Files.move(dir, aside);
        }
        return aside;
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
