package news.explainer.cli;

/** The generator's exit codes, as documented in the README. Explicit numbers, never an enum's ordinal. */
public final class ExitCodes {
    /** Success: the site was built (or checked) with no errors. */
    public static final int OK = 0;
    /** The content has errors (or warnings, with --strict); nothing was written. */
    public static final int PROBLEMS = 1;
    /** The command line was wrong. */
    public static final int USAGE = 2;
    /** The generator could not write its output or failed unexpectedly. */
    public static final int INTERNAL = 3;

    private ExitCodes() {}
}
