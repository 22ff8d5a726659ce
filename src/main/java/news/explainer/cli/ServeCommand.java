package news.explainer.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import news.explainer.serve.IncrementalRebuild;
import news.explainer.serve.Preview;

/** {@code serve}: build, serve on 127.0.0.1, rebuild and reload on every change, until Ctrl-C. */
final class ServeCommand {
    private ServeCommand() {}

    static int run(Options options, PrintStream out, PrintStream err) {
        CountDownLatch stopped = new CountDownLatch(1);
        return run(options, out, err, stopped, preview -> Runtime.getRuntime().addShutdownHook(
                new Thread(() -> stop(preview, out, stopped), "serve-stop")));
    }

    /** What to do once the preview is running: wire Ctrl-C to stop it (tests stop it themselves). */
    interface OnStart {
        void started(Preview preview);
    }

    static int run(Options options, PrintStream out, PrintStream err, CountDownLatch stopped, OnStart onStart) {
        if (inside(options.out(), options.content()) || inside(options.out(), options.templates())) {
            err.println("error: --out " + options.out() + " is inside a watched folder: every build would start"
                    + " another. Choose an output folder outside --content and --templates");
            return ExitCodes.USAGE;
        }
        Preview preview;
        try {
            preview = Preview.start(new IncrementalRebuild(options.content(), options.templates(), options.out(),
                    Path.of("")), options.out(), List.of(options.content(), options.templates()), options.port(),
                    out, err);
        } catch (IOException e) {
            err.println("error: cannot start the preview: " + e.getMessage());
            return ExitCodes.INTERNAL;
        }
        if (options.port() != 0 && preview.address().getPort() != options.port()) {
            out.println("port " + options.port() + " is taken; using " + preview.address().getPort());
        }
        out.println("serving " + preview.address() + " (Ctrl-C to stop)");
        onStart.started(preview);
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            preview.close();
        }
        return ExitCodes.OK;
    }

    static void stop(Preview preview, PrintStream out, CountDownLatch stopped) {
        preview.close();
        out.println("stopped");
        out.flush();
        stopped.countDown();
    }

    private static boolean inside(Path out, Path watched) {
        Path o = out.toAbsolutePath().normalize();
        Path w = watched.toAbsolutePath().normalize();
        return o.startsWith(w);
    }
}
