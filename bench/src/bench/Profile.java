package bench;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Summarises a flight recording's CPU samples: the share of samples under each pipeline step (the innermost
 * frame that names one), the hottest methods (top frame) and the generator methods most often on the
 * stack. Record with {@code -XX:FlightRecorderOptions:stackdepth=512 -XX:StartFlightRecording=filename=F.jfr,
 * settings=profile}; the deep stacks matter, regular expressions recurse far.
 *
 * <p>Usage: {@code Profile F.jfr [TOP]}.
 */
public final class Profile {
    private static final List<String> STEPS = List.of("ContentLoader", "FrontMatterReader", "QuoteMatcher",
            "SpeakerAttributor", "QuoteExtractor", "Cast.", "QuoteAnalyser", "EvidenceChecker", "ComparisonChecker",
            "CoverageCheck", "TimelineChecker", "Mentions", "PagePlanner", "Templates.render", "DataExport",
            "SiteRenderer", "SiteWriter");

    public static void main(String[] args) throws Exception {
        int top = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        Map<String, Integer> steps = new HashMap<>();
        Map<String, Integer> hot = new HashMap<>();
        Map<String, Integer> onStack = new HashMap<>();
        int samples = 0;
        for (RecordedEvent e : RecordingFile.readAllEvents(Path.of(args[0]))) {
            if (!e.getEventType().getName().equals("jdk.ExecutionSample") || e.getStackTrace() == null) {
                continue;
            }
            List<RecordedFrame> frames = e.getStackTrace().getFrames();
            if (frames.isEmpty()) {
                continue;
            }
            samples++;
            hot.merge(name(frames.get(0)), 1, Integer::sum);
            String step = "other";
            Set<String> seen = new HashSet<>();
            for (RecordedFrame f : frames) {
                String name = name(f);
                if (name.startsWith("news.") && seen.add(name)) {
                    onStack.merge(name, 1, Integer::sum);
                }
                for (String s : STEPS) {
                    if (step.equals("other") && name.contains(s)) {
                        step = s; // the innermost frame that names a step
                    }
                }
            }
            steps.merge(step, 1, Integer::sum);
        }
        System.out.println(samples + " samples");
        print("by step (innermost frame naming one)", steps, samples, 30);
        print("hottest methods (top frame)", hot, samples, top);
        print("generator methods on the stack", onStack, samples, top * 2);
    }

    private static String name(RecordedFrame f) {
        return f.getMethod().getType().getName() + "." + f.getMethod().getName();
    }

    private static void print(String title, Map<String, Integer> counts, int samples, int limit) {
        System.out.println("--- " + title);
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(limit)
                .forEach(c -> System.out.printf("%5.1f%%  %s%n", 100.0 * c.getValue() / samples, c.getKey()));
    }
}
