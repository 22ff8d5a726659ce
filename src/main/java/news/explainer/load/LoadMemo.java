package news.explainer.load;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import news.explainer.model.Article;
import news.explainer.model.Comparison;
import news.explainer.model.ParsedArticle;
import news.explainer.model.Story;
import news.explainer.problem.Problem;
import news.explainer.problem.Problems;
import news.explainer.reuse.Changes;
import news.explainer.reuse.Memo;

/**
 * What loading keeps between preview builds. A file the watcher says did not change is not read again: it gives
 * the last build's {@link SourceText} object (and problems). Every other file is read, and one with the same bytes
 * as last time gives the same object too; the parsing and front matter of that object are kept. Later steps can
 * then tell an unchanged article by its identity.
 */
public final class LoadMemo {
    final Memo<FileRead, Optional<SourceText>> files;
    final Memo<Parse, ParsedArticle> parsed;
    final Memo<Fields, Optional<? extends Annotated<?>>> fields;
    final Memo<Made, Article> articles;
    final Memo<Annotated<ComparisonFields>, Comparison> comparisons;

    private volatile Changes changes = Changes.unknown();
    private final boolean keeps;
    private final Map<String, Listing> listings = new ConcurrentHashMap<>();

    private LoadMemo(boolean keeps) {
        this.keeps = keeps;
        // kept by path, the bytes compared on a hit: hashing them would cost as much as comparing
        this.files = keeps ? Memo.keepingOnePer(FileRead::path) : Memo.off();
        this.parsed = keeps ? Memo.keeping() : Memo.off();
        this.fields = keeps ? Memo.keeping() : Memo.off();
        // by the text object, the rest compared on a hit: an unchanged article is then the last build's object,
        // which later steps compare at the cost of one reference
        this.articles = keeps ? Memo.keepingOnePerSame(Made::text) : Memo.off();
        // a comparison answers for every article: its thousand answers are not made again while its file is the same
        this.comparisons = keeps ? Memo.keepingSame() : Memo.off();
    }

    public static LoadMemo keeping() {
        return new LoadMemo(true);
    }

    public static LoadMemo off() {
        return new LoadMemo(false);
    }

    /** Starts a build in which only {@code changes} may differ from the last one (a memo that keeps nothing ignores it). */
    public void startBuild(Changes changes) {
        this.changes = changes;
    }

    /**
     * The files of one kind in a folder, sorted: the last build's list while the watcher says no file was created
     * or deleted (listing a thousand files and checking their names is most of what loading still does after one
     * save), else listed again.
     */
    List<Path> list(Path dir, String extension, String shown, Problems problems) {
        if (!keeps) {
            return ContentFiles.list(dir, extension, shown, problems);
        }
        String key = dir + "\0" + extension;
        Listing kept = listings.get(key);
        if (kept == null || !changes.sameFiles()) {
            Problems found = new Problems();
            kept = new Listing(ContentFiles.list(dir, extension, shown, found), found.list());
            listings.put(key, kept);
        }
        kept.problems().forEach(problems::add);
        return kept.files();
    }

    /** A folder's files of one kind as listed, and what listing them reported. */
    private record Listing(List<Path> files, List<Problem> problems) {}

    /** True when {@code file} is known to be as the last build read it. */
    boolean unchanged(Path file) {
        return changes.unchanged(file);
    }

    public void endBuild() {
        changes = Changes.unknown();
        files.endBuild();
        parsed.endBuild();
        fields.endBuild();
        articles.endBuild();
        comparisons.endBuild();
    }

    /** A file as read: its shown path and its bytes, compared by content. */
    record FileRead(String path, byte[] bytes) {
        @Override
        public boolean equals(Object other) {
            return other instanceof FileRead read && read.path.equals(path) && Arrays.equals(read.bytes, bytes);
        }

        @Override
        public int hashCode() {
            return 31 * path.hashCode() + Arrays.hashCode(bytes);
        }
    }

    /** An article's text (the same object when unchanged) and the subheadings its annotation names. */
    record Parse(SourceText text, List<String> subheadings) {}

    /** What an article is made from: its text, parse and annotation (each the same object when unchanged), the story. */
    record Made(SourceText text, ParsedArticle parsed, Optional<Annotated<SourceFields>> note, Story story) {}

    /** An annotation's text (the same object when unchanged) and the record its front matter is read into. */
    record Fields(SourceText text, Class<?> type) {}
}
