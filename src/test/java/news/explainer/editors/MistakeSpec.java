package news.explainer.editors;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import news.explainer.testing.TestProject;

/**
 * Reads {@code bad-input.md}: one section per mistake, each made of fenced steps. A step's fence is four or more
 * backticks and a word: {@code write PATH} (the file's new text), {@code replace PATH} (old text, a line
 * {@code with}, new text), {@code delete PATH}, {@code run COMMAND} (default {@code build}) and {@code expect}
 * (what the command must print, exactly). In written text, {@code \xNN} stands for the raw byte NN.
 */
final class MistakeSpec {

    /** One mistake: what to do to a good project, which command to run, and what it must print. */
    record Mistake(String title, int line, List<Step> steps) {
        String command() {
            return steps.stream().filter(s -> s.kind().equals("run")).map(Step::argument).findFirst().orElse("build");
        }

        List<String> expected() {
            return steps.stream().filter(s -> s.kind().equals("expect")).map(Step::text).toList();
        }

        /** True when the expected problems are not all: the mistake also sets off others, which are not the point. */
        boolean amongOthers() {
            return steps.stream().anyMatch(s -> s.kind().equals("expect") && s.argument().equals("among others"));
        }

        void applyTo(TestProject project) throws IOException {
            for (Step step : steps) {
                switch (step.kind()) {
                    case "write" -> project.writeBytes(step.argument(), bytes(step.text()));
                    case "delete" -> project.delete(step.argument());
                    case "replace" -> {
                        String[] parts = step.text().split("\nwith\n", 2);
                        project.replace(step.argument(), parts[0].stripTrailing(), parts[1].stripTrailing());
                    }
                    default -> { }
                }
            }
        }

        @Override
        public String toString() {
            return "bad-input.md:" + line + " " + title;
        }
    }

    /** One fenced block: its word, what follows the word, and its text (each line ending with a line break). */
    record Step(String kind, String argument, String text) {}

    private MistakeSpec() {}

    static List<Mistake> read(Path spec) throws IOException {
        List<String> lines = Files.readAllLines(spec, StandardCharsets.UTF_8);
        List<Mistake> mistakes = new ArrayList<>();
        String title = "";
        int titleLine = 0;
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("## ")) {
                addIfAny(mistakes, title, titleLine, steps);
                title = line.substring(3).strip();
                titleLine = i + 1;
                steps = new ArrayList<>();
            } else if (line.matches("````+ ?\\w.*")) {
                String fence = line.replaceFirst("[^`].*", "");
                String[] info = line.substring(fence.length()).strip().split("\\s+", 2);
                StringBuilder text = new StringBuilder();
                while (!lines.get(++i).equals(fence)) {
                    text.append(lines.get(i)).append('\n');
                }
                steps.add(new Step(info[0], info.length > 1 ? info[1] : "", text.toString()));
            }
        }
        addIfAny(mistakes, title, titleLine, steps);
        return mistakes;
    }

    private static void addIfAny(List<Mistake> mistakes, String title, int line, List<Step> steps) {
        if (steps.stream().anyMatch(s -> s.kind().equals("expect"))) {
            mistakes.add(new Mistake(title, line, List.copyOf(steps)));
        }
    }

    /** The text as UTF-8, with each {@code \xNN} turned into the byte NN. */
    static byte[] bytes(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String[] parts = text.split("\\\\x(?=[0-9A-Fa-f]{2})", -1);
        out.writeBytes(parts[0].getBytes(StandardCharsets.UTF_8));
        for (int i = 1; i < parts.length; i++) {
            out.write(Integer.parseInt(parts[i].substring(0, 2), 16));
            out.writeBytes(parts[i].substring(2).getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }
}
