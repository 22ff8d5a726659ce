package news.explainer.load;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import news.explainer.model.ParsedArticle;
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

    private volatile Changes changes = Changes.unknown();

    private LoadMemo(boolean keeps) {
        // kept by path, the bytes compared on a hit: hashing them would cost as much as comparing
        this.files = keeps ? Memo.keepingOnePer(FileRead::path) : Memo.off();
        this.parsed = keeps ? Memo.keeping() : Memo.off();
        this.fields = keeps ? Memo.keeping() : Memo.off();
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

    /** True when {@code file} is known to be as the last build read it. */
    boolean unchanged(Path file) {
        return changes.unchanged(file);
    }

    public void endBuild() {
        changes = Changes.unknown();
        files.endBuild();
        parsed.endBuild();
        fields.endBuild();
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

    /** An annotation's text (the same object when unchanged) and the record its front matter is read into. */
    record Fields(SourceText text, Class<?> type) {}
}
