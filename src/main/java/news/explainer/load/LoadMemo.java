package news.explainer.load;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import news.explainer.model.ParsedArticle;
import news.explainer.reuse.Memo;

/**
 * What loading keeps between preview builds. Every file is read again (a few milliseconds for a thousand files,
 * and no doubt about a change within one tick of the file clock), but a file with the same bytes as last time
 * gives the same {@link SourceText} object, and the parsing and front matter of that object are kept. Later
 * steps can then tell an unchanged article by its identity.
 */
public final class LoadMemo {
    final Memo<FileRead, Optional<SourceText>> files;
    final Memo<Parse, ParsedArticle> parsed;
    final Memo<Fields, Optional<? extends Annotated<?>>> fields;

    private LoadMemo(boolean keeps) {
        this.files = keeps ? Memo.keeping() : Memo.off();
        this.parsed = keeps ? Memo.keeping() : Memo.off();
        this.fields = keeps ? Memo.keeping() : Memo.off();
    }

    public static LoadMemo keeping() {
        return new LoadMemo(true);
    }

    public static LoadMemo off() {
        return new LoadMemo(false);
    }

    public void endBuild() {
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
