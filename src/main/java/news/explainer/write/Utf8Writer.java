package news.explainer.write;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects a rendered page, or the data export, as UTF-8 bytes, encoding each piece as it is written. A string
 * first would hold the text twice over (two bytes a character once a curly quote is in it), in a buffer copied as it
 * grows, then again as the string, then as its bytes: at 10,000 articles that was a fifth of everything the build
 * allocated, and the biggest pages went straight to the old generation. Bytes are kept in blocks that double up to
 * a limit, so a growing page is never copied, only joined once at the end.
 *
 * <p>The bytes are those of {@code String.getBytes(UTF_8)} on the same text: a surrogate pair is one character
 * even when it comes in two writes, and a lone surrogate becomes {@code ?}. (Jackson's own byte output differs: it
 * writes a character beyond the 16-bit range as two escapes, so the export is written through here, as text.) Not
 * {@link java.io.StringWriter}: it appends through a synchronized buffer, and FreeMarker writes a page in thousands
 * of small pieces.
 */
public final class Utf8Writer extends Writer {
    private static final int FIRST_BLOCK = 8192;
    private static final int LARGEST_BLOCK = 1 << 20;
    private static final int PIECE = 1024;

    private final List<byte[]> full = new ArrayList<>();
    private byte[] block = new byte[FIRST_BLOCK];
    private int used;
    private int fullBytes;
    /** A high surrogate whose low half has not been written yet, or 0. */
    private char pendingHigh;
    private final char[] piece = new char[PIECE];

    /** The ASCII characters a write turns into entities: none for a plain write. */
    private static final boolean[] NOTHING_ESCAPED = new boolean[0x80];
    /** Those that {@link #writeEscaped} turns into entities, each into its bytes in {@link #ENTITIES}. */
    private static final boolean[] HTML_ESCAPED = new boolean[0x80];
    private static final byte[][] ENTITIES = new byte[0x80][];

    static {
        entity('<', "&lt;");
        entity('>', "&gt;");
        entity('&', "&amp;");
        entity('"', "&quot;");
        entity('\'', "&#39;");
    }

    private static void entity(char c, String entity) {
        HTML_ESCAPED[c] = true;
        ENTITIES[c] = entity.getBytes(StandardCharsets.US_ASCII);
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        encode(chars, offset, offset + length, NOTHING_ESCAPED);
    }

    /** Copied out in pieces first: {@code charAt} checks the index and the string's coder at every character. */
    @Override
    public void write(String text, int offset, int length) {
        write(text, offset, length, NOTHING_ESCAPED);
    }

    /**
     * The text escaped for HTML, as FreeMarker's {@code StringUtil.XHTMLEnc} escapes it ({@code < > & " '} become
     * {@code &lt; &gt; &amp; &quot; &#39;}), in the same pass that encodes it: escaping first walked every printed
     * string one {@code charAt} at a time, a twentieth of a 10,000-article build, and wrote it in pieces between
     * the entities.
     */
    public void writeEscaped(String text) {
        if (endsWhole(text)) {
            putEscaped(text.getBytes(StandardCharsets.UTF_8));
        } else {
            write(text, 0, text.length(), HTML_ESCAPED);
        }
    }

    /**
     * Whether {@code text} can be encoded on its own, by the JDK: no high surrogate from the last write waits for its
     * low half, and none at its end waits for the next write's. (The JDK then gives the same bytes, a lone surrogate
     * included; for a one-byte string, most of what a page prints, it copies them where the pieces took them apart
     * into characters first: the writer was the build's largest self time.)
     */
    private boolean endsWhole(String text) {
        int length = text.length();
        return pendingHigh == 0 && (length == 0 || !Character.isHighSurrogate(text.charAt(length - 1)));
    }

    /**
     * UTF-8 bytes, with the ASCII characters marked in {@link #HTML_ESCAPED} as their entities (no byte of a longer
     * character is ASCII).
     */
    private void putEscaped(byte[] bytes) {
        int i = 0;
        while (i < bytes.length) {
            int run = i;
            byte b;
            while (i < bytes.length && ((b = bytes[i]) < 0 || !HTML_ESCAPED[b])) {
                i++;
            }
            putBytes(bytes, run, i - run);
            if (i < bytes.length) {
                putEntity((char) bytes[i++]);
            }
        }
    }

    private void putBytes(byte[] bytes, int from, int length) {
        while (length > 0) {
            if (used == block.length) {
                nextBlock();
            }
            int n = Math.min(length, block.length - used);
            System.arraycopy(bytes, from, block, used, n);
            used += n;
            from += n;
            length -= n;
        }
    }

    private void write(String text, int offset, int length, boolean[] escaped) {
        for (int from = offset, end = offset + length; from < end; from += PIECE) {
            int to = Math.min(end, from + PIECE);
            text.getChars(from, to, piece, 0);
            encode(piece, 0, to - from, escaped);
        }
    }

    @Override
    public void write(String text) {
        if (endsWhole(text)) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            putBytes(bytes, 0, bytes.length);
        } else {
            write(text, 0, text.length());
        }
    }

    @Override
    public void write(int c) {
        put((char) c);
    }

    @Override
    public void flush() {
        // nothing is buffered elsewhere
    }

    @Override
    public void close() {
        // nothing to release
    }

    /** The text so far, as UTF-8. */
    public byte[] bytes() {
        if (pendingHigh != 0) {
            return withLoneHigh();
        }
        byte[] out = new byte[fullBytes + used];
        int at = 0;
        for (byte[] b : full) {
            System.arraycopy(b, 0, out, at, b.length);
            at += b.length;
        }
        System.arraycopy(block, 0, out, at, used);
        return out;
    }

    private byte[] withLoneHigh() {
        Utf8Writer copy = new Utf8Writer();
        copy.full.addAll(full);
        copy.fullBytes = fullBytes;
        copy.block = block.clone();
        copy.used = used;
        copy.put1('?');
        return copy.bytes();
    }

    /**
     * Runs of ASCII, most of a page, go straight into the block; anything else one character at a time, and the
     * characters marked in {@code escaped} as their entities.
     */
    private void encode(char[] chars, int from, int end, boolean[] escaped) {
        int i = from;
        while (i < end) {
            char c = chars[i];
            if (c < 0x80 && escaped[c]) {
                putEntity(c);
                i++;
                continue;
            }
            if (pendingHigh != 0) { // the low half, or what stands in for it, goes after the high one
                put(chars[i++]);
                continue;
            }
            byte[] b = block;
            int u = used;
            int stop = Math.min(end, i + b.length - u);
            while (i < stop && (c = chars[i]) < 0x80 && !escaped[c]) {
                b[u++] = (byte) c;
                i++;
            }
            used = u;
            if (i < stop) {
                if (chars[i] >= 0x80) {
                    put(chars[i++]);
                }
            } else if (i < end) {
                nextBlock();
            }
        }
    }

    private void putEntity(char c) {
        if (pendingHigh != 0) { // a high surrogate before it stands alone
            pendingHigh = 0;
            put1('?');
        }
        for (byte b : ENTITIES[c]) {
            put1(b);
        }
    }

    private void put(char c) {
        if (pendingHigh != 0) {
            char high = pendingHigh;
            pendingHigh = 0;
            if (Character.isLowSurrogate(c)) {
                int code = Character.toCodePoint(high, c);
                put4(0xF0 | code >> 18, 0x80 | code >> 12 & 0x3F, 0x80 | code >> 6 & 0x3F, 0x80 | code & 0x3F);
                return;
            }
            put1('?');
        }
        if (c < 0x80) {
            put1(c);
        } else if (c < 0x800) {
            put2(0xC0 | c >> 6, 0x80 | c & 0x3F);
        } else if (Character.isHighSurrogate(c)) {
            pendingHigh = c;
        } else if (Character.isLowSurrogate(c)) {
            put1('?');
        } else {
            put3(0xE0 | c >> 12, 0x80 | c >> 6 & 0x3F, 0x80 | c & 0x3F);
        }
    }

    private void put1(int b) {
        if (used == block.length) {
            nextBlock();
        }
        block[used++] = (byte) b;
    }

    private void put2(int b1, int b2) {
        put1(b1);
        put1(b2);
    }

    private void put3(int b1, int b2, int b3) {
        put1(b1);
        put1(b2);
        put1(b3);
    }

    private void put4(int b1, int b2, int b3, int b4) {
        put2(b1, b2);
        put2(b3, b4);
    }

    private void nextBlock() {
        full.add(block);
        fullBytes += block.length;
        block = new byte[Math.min(LARGEST_BLOCK, 2 * block.length)];
        used = 0;
    }
}
