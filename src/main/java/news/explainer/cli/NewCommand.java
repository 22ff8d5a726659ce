package news.explainer.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code new story DIR} scaffolds a content folder that builds as it is; {@code new KIND NAME} scaffolds one
 * annotation in the content folder. Existing files are never overwritten.
 */
final class NewCommand {
    private NewCommand() {}

    static int run(Options options, PrintStream out, PrintStream err) {
        List<String> args = options.arguments();
        Scaffold scaffold = new Scaffold(LocalDate.now());
        List<Scaffold.Planned> planned;
        try {
            planned = plan(scaffold, args, options.content());
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        try {
            Scaffold.write(planned);
        } catch (FileAlreadyExistsException e) {
            err.println(e.getFile() + ": error: already exists; nothing was written (new never overwrites a file)");
            return ExitCodes.PROBLEMS;
        } catch (IOException e) {
            err.println("error: cannot write: " + e.getMessage());
            return ExitCodes.INTERNAL;
        }
        planned.forEach(p -> out.println("created " + p.target()));
        out.println("next: replace the examples (the # comments say what each field is for), then run check");
        return ExitCodes.OK;
    }

    private static List<Scaffold.Planned> plan(Scaffold scaffold, List<String> args, Path content) {
        if (args.size() < 2) {
            throw new IllegalArgumentException("new needs what to make and its name: 'new story DIR' or 'new "
                    + String.join("|", scaffold.kinds()) + " NAME'");
        }
        String name = String.join(" ", args.subList(1, args.size()));
        if (args.get(0).equals("story")) {
            if (args.size() > 2) {
                throw new IllegalArgumentException("new story takes one folder, not '" + name + "'");
            }
            return scaffold.story(Path.of(name));
        }
        return scaffold.annotation(args.get(0), name, content);
    }
}
