package news.explainer.load;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import news.explainer.model.Article;
import news.explainer.model.Comparison;
import news.explainer.model.ParsedArticle;
import news.explainer.model.Story;
import news.explainer.model.TimelineEntry;
import news.explainer.problem.Problem;
import news.explainer.problem.Problems;
import news.explainer.reuse.Changes;
import news.explainer.reuse.Memo;

/**
 * What loading keeps between preview builds. A file the watcher says did not change is not read again: it gives
 * the last build's {@link SourceText} object (and problems), when that build kept one (a warm-up run that pretended
 * the file changed did not). Every other file is read, and one with the same bytes
 * as last time gives the same object too; the parsing and front matter of that object are kept. Later steps can
 * then tell an unchanged article by its identity.
 */
public final class LoadMemo {
    final Memo<FileRead, Optional<SourceText>> files;
    final Memo<Parse, ParsedArticle> parsed;
    final Memo<Fields, Optional<? extends Annotated<?>>> fields;
    final Memo<Made, Article> articles;
    final Memo<Annotated<ComparisonFields>, Comparison> comparisons;
    final Memo<Annotated<TimelineFields>, Optional<TimelineEntry>> timeline;

    private volatile Changes changes = Changes.unknown();
    /** The file this build reads as if saved changed ({@link #startBuild(Changes, StandIn)}), or null. */
    private volatile StandIn standIn;
    private final boolean keeps;
    private final Map<String, Listing> listings = new ConcurrentHashMap<>();
    /** The size of every content file at the last build, by folder: the size check's walk, kept. */
    private final Map<Path, Map<Path, Long>> sizes = new ConcurrentHashMap<>();
    /** The shown form of every path read: worked out once, not on every rebuild for each of thousands of files. */
    private final Map<Path, String> shownPaths = new ConcurrentHashMap<>();

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
        // a timeline entry's citations hold functions, equal only to themselves: an entry read again would never be
        // equal to the last build's, and every page citing it would be made again after any edit
        this.timeline = keeps ? Memo.keepingSame() : Memo.off();
    }

    public static LoadMemo keeping() {
        return new LoadMemo(true);
    }

    public static LoadMemo off() {
        return new LoadMemo(false);
    }

    /** Starts a build in which only {@code changes} may differ from the last one (a memo that keeps nothing ignores it). */
    public void startBuild(Changes changes) {
        startBuild(changes, null);
    }

    /**
     * The same, in a build that reads one file, which {@code changes} must name, as {@code standIn} says instead of
     * as it is: the preview's warm-up, which so makes what a save makes without touching the editor's file. What
     * that build reads from the file is not kept as the file's text, so no later build is handed it: the next one
     * reads the file again, and finds the text it had before (or makes it again).
     */
    public void startBuild(Changes changes, StandIn standIn) {
        this.changes = changes;
        this.standIn = standIn;
        if (!changes.sameFiles()) {
            shownPaths.clear(); // files may be gone: keep only the paths this build asks for
        }
    }

    /** The shown form of a path, as {@code shown} gives it, kept while the memo keeps anything. */
    String shown(Path file, Function<Path, String> shown) {
        return keeps ? shownPaths.computeIfAbsent(file, shown) : shown.apply(file);
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

    /**
     * Whether the content folder is within {@link ContentSize#MAX_TOTAL_BYTES}: while the watcher says no file was
     * created or deleted, only the changed files' sizes are looked at again (walking a thousand files costs more than
     * the rest of loading after one save), else the folder is walked again.
     */
    boolean withinLimit(Path dir, String shown, Problems problems) {
        return withinLimit(dir, shown, ContentSize.MAX_TOTAL_BYTES, problems);
    }

    /** As above, with the limit given: a test goes over a small limit instead of 128 MB. */
    boolean withinLimit(Path dir, String shown, long limit, Problems problems) {
        if (!keeps) {
            return ContentSize.sizes(dir).map(found -> ContentSize.withinLimit(found, shown, limit, problems))
                    .orElse(true);
        }
        Map<Path, Long> kept = sizes.get(dir);
        if (kept == null || !changes.sameFiles()) {
            Optional<Map<Path, Long>> walked = ContentSize.sizes(dir);
            if (walked.isEmpty()) {
                sizes.remove(dir);
                return true;
            }
            kept = walked.get();
            sizes.put(dir, kept);
        } else {
            kept.replaceAll((file, size) -> changes.unchanged(file) ? size : ContentSize.size(file));
        }
        return ContentSize.withinLimit(kept, shown, limit, problems);
    }

    /** A folder's files of one kind as listed, and what listing them reported. */
    private record Listing(List<Path> files, List<Problem> problems) {}

    /** What this build reads from the file shown as {@code path} instead of its bytes, if anything. */
    Optional<StandIn> standIn(String path) {
        StandIn pretended = standIn;
        return pretended != null && pretended.path().equals(path) ? Optional.of(pretended) : Optional.empty();
    }

    /** True when {@code file} is known to be as the last build read it. */
    boolean unchanged(Path file) {
        return changes.unchanged(file);
    }

    public void endBuild() {
        changes = Changes.unknown();
        standIn = null;
        files.endBuild();
        parsed.endBuild();
        fields.endBuild();
        articles.endBuild();
        comparisons.endBuild();
        timeline.endBuild();
    }

    /**
     * A file read as if saved with other bytes.
     *
     * @param path the file, shown as messages show it
     * @param bytes the bytes the build reads instead, given the file's
     */
    public record StandIn(String path, UnaryOperator<byte[]> bytes) {}

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
