package news.explainer.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A command, its options, and the words after the command ({@code new}'s kind and name). Parsed by hand: four
 * subcommands and five options do not need a library, and the generator must start fast (no reflection at
 * start-up).
 */
public record Options(String command, Path content, Path templates, Path out, boolean strict, int port,
        List<String> arguments) {

    public static final String USAGE = """
            Usage: explainer <command> [options]

            Commands:
              build   build the site into the output folder (replaced only when the build succeeds)
              check   run the whole build, write nothing, print every problem
              serve   build, serve on 127.0.0.1, rebuild and reload on every change
              new     scaffold a story folder that builds: 'new story DIR'
                      or one annotation in --content: 'new person|source|comparison|timeline NAME'
                      ('new source FILE.txt' for an article in articles/); never overwrites a file

            Options:
              --content DIR     content folder (default: content)
              --templates DIR   templates folder (default: templates)
              --out DIR         output folder (default: site)
              --strict          check: treat warnings as errors
              --port N          serve: port on 127.0.0.1 (default: 8080; a free one when it is taken)
              -h, --help        show this help

            Exit codes: 0 success, 1 problems in the content, 2 wrong command line, 3 could not write or crashed.
            """;

    /** Parses the command line, or throws {@link IllegalArgumentException} with a message for the user. */
    public static Options parse(String... args) {
        if (args.length == 0) {
            throw new IllegalArgumentException("no command given");
        }
        String command = args[0];
        Path content = Path.of("content");
        Path templates = Path.of("templates");
        Path out = Path.of("site");
        boolean strict = false;
        int port = 8080;
        List<String> rest = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--content" -> content = Path.of(value(args, ++i));
                case "--templates" -> templates = Path.of(value(args, ++i));
                case "--out" -> out = Path.of(value(args, ++i));
                case "--strict" -> strict = true;
                case "--port" -> port = port(value(args, ++i));
                default -> {
                    if (args[i].startsWith("-")) {
                        throw new IllegalArgumentException("unknown option '" + args[i] + "'");
                    }
                    rest.add(args[i]);
                }
            }
        }
        return new Options(command, content, templates, out, strict, port, List.copyOf(rest));
    }

    private static String value(String[] args, int i) {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new IllegalArgumentException("option '" + args[i - 1] + "' needs a value");
        }
        return args[i];
    }

    private static int port(String text) {
        try {
            int port = Integer.parseInt(text);
            if (port < 0 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--port takes a number from 0 to 65535, not '" + text + "'");
        }
    }
}
