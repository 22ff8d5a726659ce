package news.explainer.write;

/**
 * Where a build's files go as they are made: into memory for the preview and the tests, or straight into the new
 * site's staging folder for a one-off build, which then holds no page's bytes longer than it takes to write them.
 * Called from every core at once.
 */
@FunctionalInterface
public interface FileSink {
    /** Keeps nothing: {@code check} renders every page for its problems and needs none of the bytes. */
    FileSink NONE = file -> {};

    void put(OutputFile file);
}
