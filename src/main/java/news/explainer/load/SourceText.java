package news.explainer.load;

import java.nio.charset.StandardCharsets;
import news.explainer.problem.SourceRef;

/**
 * A content file as read: its project-relative path, its decoded text (a leading byte-order mark removed) and a
 * line index. Offsets are into {@link #text()}; {@link #byteOffset(int)} turns one into an offset into the file.
 */
public final class SourceText {
    private final String path;
    private final String text;
    private final int bomBytes;
    private final LineIndex lines;

    public SourceText(String path, String text, int bomBytes) {
        this.path = path;
        this.text = text;
        this.bomBytes = bomBytes;
        this.lines = new LineIndex(text);
    }

    public String path() {
        return path;
    }

    public String text() {
        return text;
    }

    public LineIndex lines() {
        return lines;
    }

    /** The file's own bytes; the original is kept exactly as it was. */
    public byte[] bytes() {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
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

    /** The offset in the file's bytes of the character at {@code charOffset}: what the data export promises. */
    public int byteOffset(int charOffset) {
        int bytes = bomBytes;
        for (int i = 0; i < charOffset; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c)) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }

    public SourceRef refAt(int offset) {
        return new SourceRef(path, lines.lineOf(offset), lines.columnOf(offset));
    }

    public SourceRef refAtLine(int line) {
        return SourceRef.at(path, line);
    }
}
