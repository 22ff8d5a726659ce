package bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs one command (a build through {@code bin/explainer}, which execs the JVM in its own process) and prints the CPU
 * time of its threads, grouped by name, as Linux counts it in {@code /proc/<pid>/task/<tid>/stat}. The flight
 * recorder samples Java code only, and fewer samples than a build has milliseconds of CPU: this is the whole account,
 * the collector's and the JIT compiler's threads included. Threads are read every 20 ms until the process ends; a
 * thread that ends between two reads loses what it used since the last one (the JVM's own threads live to the end).
 *
 * <p>Usage: {@code Threads COMMAND...}, for example
 * {@code java -cp bench/target/classes bench.Threads bin/explainer build --content DIR --out DIR}; extra JVM options
 * go in {@code EXPLAINER_JAVA_OPTS}, which the command inherits. Linux only.
 */
public final class Threads {
    private Threads() {}

    public static void main(String[] args) throws Exception {
        double ticksPerSecond = Double.parseDouble(Bench.run(List.of("getconf", "CLK_TCK")).strip());
        Process process = new ProcessBuilder(args).inheritIO().start();
        Path tasks = Path.of("/proc", String.valueOf(process.pid()), "task");
        Map<String, Long> ticksByThread = new HashMap<>(); // tid → utime + stime, the last read
        Map<String, String> names = new HashMap<>();
        while (process.isAlive()) {
            read(tasks, ticksByThread, names);
            Thread.sleep(20);
        }
        int exit = process.waitFor();
        Map<String, Long> byName = new TreeMap<>();
        ticksByThread.forEach((tid, ticks) -> byName.merge(group(names.get(tid)), ticks, Long::sum));
        long total = byName.values().stream().mapToLong(Long::longValue).sum();
        List<Map.Entry<String, Long>> rows = new ArrayList<>(byName.entrySet());
        rows.sort(Map.Entry.<String, Long>comparingByValue().reversed());
        System.out.printf("%-32s %8s%n", "threads", "CPU s");
        for (Map.Entry<String, Long> row : rows) {
            if (row.getValue() > 0) {
                System.out.printf("%-32s %8.2f%n", row.getKey(), row.getValue() / ticksPerSecond);
            }
        }
        System.out.printf("%-32s %8.2f%n", "all", total / ticksPerSecond);
        System.exit(exit);
    }

    /** Each thread's CPU so far; a thread that has ended, or is ending, keeps its last reading. */
    private static void read(Path tasks, Map<String, Long> ticksByThread, Map<String, String> names) {
        String[] tids = tasks.toFile().list();
        if (tids == null) {
            return; // the process has just ended
        }
        for (String tid : tids) {
            try {
                String stat = Files.readString(tasks.resolve(tid).resolve("stat"));
                // After the name in brackets (which may hold spaces): state, then 10 fields, then utime and stime.
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                ticksByThread.put(tid, Long.parseLong(fields[11]) + Long.parseLong(fields[12]));
                names.computeIfAbsent(tid, t -> name(tasks.resolve(t)));
            } catch (IOException | RuntimeException e) {
                // the thread ended while being read: its last reading stands
            }
        }
    }

    private static String name(Path task) {
        try {
            return Files.readString(task.resolve("comm")).strip();
        } catch (IOException e) {
            return "?";
        }
    }

    /**
     * Threads of one kind together: "GC Thread#0" and "GC Thread#1" are "GC Thread#N". Linux keeps the first 15
     * characters of a thread's name: the shared pool's workers are "ForkJoinPool.co", the quick compiler's thread
     * "C1 CompilerThre".
     */
    private static String group(String name) {
        return name == null ? "?" : name.replaceAll("(?<=[#-])[0-9]+$", "N");
    }
}
