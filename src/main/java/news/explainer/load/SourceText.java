package news.explainer.load;

import java.nio.charset.StandardCharsets;
import news.explainer.problem.SourceRef;

/**
 * A content file as read: its project-relative path, its decoded text (a leading byte-order mark removed) and a
 * line index. Offsets are into {@link #text()}; {@link #byteOffset(int)} turns one into an offset into the file.
 */
public final class SourceText {
    private static final int STRIDE = 64;
    private final String path;
    /** The file's name, and without its extension: worked out once, since each build asks for them many times. */
    private final String fileName;
    private final String stem;
    private final String text;
    /** The file as read: written out as the original, and not encoded again from the text for that. */
    private final byte[] bytes;
    private final int bomBytes;
    private final LineIndex lines;
    /**
     * Made at the first {@link #byteOffset}: only the data export asks, and only for articles, so the annotation
     * files (five comparisons of a megabyte each at 10,000 articles) are never walked. Two threads that ask at once
     * may both make them, alike.
     */
    private volatile Checkpoints checkpoints;

    /**
     * Where the byte walk stands at the first step at or after every {@value #STRIDE}th character.
     *
     * @param chars the character offset of each step
     * @param bytes the byte offset in the file at it
     */
    private record Checkpoints(int[] chars, int[] bytes) {}

    /** A file whose bytes are {@code text} in UTF-8, after a byte-order mark when {@code bomBytes} is 3. */
    public SourceText(String path, String text, int bomBytes) {
        this(path, withBom(text.getBytes(StandardCharsets.UTF_8), bomBytes), text, bomBytes);
    }

    /**
     * A file read as {@code bytes}, decoded as {@code text} after its first {@code bomBytes} bytes. The bytes are
     * kept, not copied: the caller gives them up.
     */
    public SourceText(String path, byte[] bytes, String text, int bomBytes) {
        this.path = path;
        this.bytes = bytes;
        this.fileName = path.substring(path.lastIndexOf('/') + 1);
        int dot = fileName.lastIndexOf('.');
        this.stem = dot > 0 ? fileName.substring(0, dot) : fileName;
        this.text = text;
        this.bomBytes = bomBytes;
        this.lines = new LineIndex(text);
    }

    public String path() {
        return path;
    }

    /** The file's name, such as {@code 000_8a847a2ecf02cf71.txt}. */
    public String fileName() {
        return fileName;
    }

    /** The file's name without its extension: the id by which annotations refer to one another. */
    public String stem() {
        return stem;
    }

    public String text() {
        return text;
    }

    public LineIndex lines() {
        return lines;
    }

    /** The file's own bytes, as they were read: the array itself, which no caller may change. */
    public byte[] bytes() {
        return bytes;
    }

    private static byte[] withBom(byte[] body, int bomBytes) {
        if (bomBytes == 0) {
            return body;
        }
        byte[] all = new byte[body.length + bomBytes];
        all[0] = (byte) 0xEF;
        all[1] = (byte) 0xBB;
        all[2] = (byte) 0xBF;
        System.arraycopy(body, 0, all, bomBytes, body.length);
        return all;
    }

    /**
     * The offset in the file's bytes of the character at {@code charOffset}: what the data export promises. Walks
     * at most {@value #STRIDE} characters from the nearest checkpoint, so that the data export, which asks once per
     * quote, does not walk the article from its start every time.
     */
    public int byteOffset(int charOffset) {
        Checkpoints at = checkpoints;
        if (at == null) {
            at = checkpoints();
            checkpoints = at;
        }
        int k = Math.min(charOffset / STRIDE, at.chars().length - 1);
        while (at.chars()[k] > charOffset) {
            k--; // a surrogate pair straddled the stride boundary: the walk resumed one character later
        }
        return walk(at.chars()[k], at.bytes()[k], charOffset);
    }

    /** The UTF-8 byte count from {@code from} (where it is {@code bytes}) up to {@code to}, pairs counted whole. */
    private int walk(int from, int bytes, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            bytes += utf8Bytes(c);
            if (Character.isHighSurrogate(c)) {
                i++;
            }
        }
        return bytes;
    }

    /** The UTF-8 length of a character; a high surrogate counts for the whole pair it begins. */
    private static int utf8Bytes(char c) {
        return c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isHighSurrogate(c) ? 4 : 3;
    }

    /** The walk of {@link #walk} over the whole text, stride by stride, over a copy of its characters. */
    private Checkpoints checkpoints() {
        char[] chars = text.toCharArray(); // charAt on a text with a curly quote checks its index at every character
        int n = chars.length;
        int[] charsAt = new int[n / STRIDE + 1];
        int[] bytesAt = new int[charsAt.length];
        int bytes = bomBytes;
        int i = 0;
        // Stride by stride, so that the walk over most characters only counts: a test for the next checkpoint at
        // every character was most of this walk's time.
        for (int k = 0; k < charsAt.length; k++) {
            for (int stop = Math.min(n, k * STRIDE); i < stop; ) {
                char c = chars[i];
                bytes += utf8Bytes(c);
                i += Character.isHighSurrogate(c) ? 2 : 1;
            }
            charsAt[k] = i;
            bytesAt[k] = bytes;
        }
        return new Checkpoints(charsAt, bytesAt);
    }

    public SourceRef refAt(int offset) {
        return new SourceRef(path, lines.lineOf(offset), lines.columnOf(offset));
    }

    public SourceRef refAtLine(int line) {
        return SourceRef.at(path, line);
    }
}
