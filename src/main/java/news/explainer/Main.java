package news.explainer;

import news.explainer.cli.Cli;

/** Entry point: the only place that exits the JVM. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        int code = new Cli(System.out, System.err).run(args);
        System.out.flush();
        System.exit(code);
    }
}
