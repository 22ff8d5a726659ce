package news.explainer.write;

/**
 * Where a build's files go as they are made: into memory for the preview and the tests, or straight into the new
 * site's staging folder for a one-off build, which then holds a page's bytes only until its writer thread has
 * written them (16 MB waiting at most). Called from every core at once.
 */
@FunctionalInterface
public interface FileSink {
    /** Keeps nothing: {@code check} renders every page for its problems and needs none of the bytes. */
    FileSink NONE = file -> {};

    void put(OutputFile file);
}
