package news.explainer.analyse.quote;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a spec in the commonmark-spec style: prose, then examples fenced by 32 backticks and the word
 * {@code example}, each an input, a line holding a single {@code .}, and the expected output.
 */
final class SpecReader {
    private static final String FENCE = "`".repeat(32);

    /** One example, with where it is, so that a failure can say which one. */
    record Example(String section, int number, int line, String input, String expected) {
        String name() {
            return "example " + number + " (line " + line + "): " + section;
        }
    }

    private SpecReader() {}

    static List<Example> read(Path spec) throws IOException {
        List<String> lines = Files.readAllLines(spec, StandardCharsets.UTF_8);
        List<Example> examples = new ArrayList<>();
        String section = "";
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("#")) {
                section = line.replaceFirst("^#+\\s*", "");
            } else if (line.equals(FENCE + " example")) {
                int start = i + 1;
                int dot = start;
                while (!lines.get(dot).equals(".")) {
                    dot++;
                }
                int end = dot + 1;
                while (!lines.get(end).equals(FENCE)) {
                    end++;
                }
                examples.add(new Example(section, examples.size() + 1, i + 1,
                        String.join("\n", lines.subList(start, dot)), joinedLines(lines.subList(dot + 1, end))));
                i = end;
            }
        }
        return examples;
    }

    private static String joinedLines(List<String> lines) {
        return lines.stream().map(l -> l + "\n").reduce("", String::concat);
    }
}
