package news.explainer.load;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import news.explainer.problem.Problem;
import news.explainer.problem.Problems;
import news.explainer.problem.Severity;
import news.explainer.problem.SourceRef;

/**
 * Reads a content file as strict UTF-8. {@code Files.readString} alone throws without saying where the bad byte
 * is; editors need the line, so a file that is not UTF-8 is decoded again by a decoder that reports, and we count.
 */
public final class Utf8Reader {
    /**
     * Larger files are refused before they are read. A long article is 100 KB; an annotation a few KB. The limit
     * is low because the analysis is not linear: measured on a 2-core machine, a 1 MB article took 12 s to check,
     * 4 MB 47 s and 16 MB 445 s, so the old 32 MB limit let one pasted file stall a build for half an hour.
     */
    public static final long MAX_BYTES = 1L << 20;

    /**
     * Annotations (anything but an article) may be larger: a comparison answers for every article, and one
     * answering for 10,000 articles is 2 to 3 MB. Their reading is linear; only articles feed the quote stage.
     */
    public static final long MAX_ANNOTATION_BYTES = 8L << 20;

    /** The root as every path is compared with it, worked out once rather than for each of thousands of files. */
    private final Path base;
    private final LoadMemo memo;

    public Utf8Reader(Path root) {
        this(root, LoadMemo.off());
    }

    /** A reader that gives the same {@link SourceText} as last time for a file whose bytes did not change. */
    public Utf8Reader(Path root, LoadMemo memo) {
        this.base = root.toAbsolutePath().normalize();
        this.memo = memo;
    }

    LoadMemo memo() {
        return memo;
    }

    /** The file's text, or empty after reporting why it could not be read. */
    public Optional<SourceText> read(Path file, Problems problems) {
        String path = memo.shown(file, this::relative);
        if (memo.unchanged(file)) {
            Optional<Optional<SourceText>> kept = memo.files.again(path, problems);
            if (kept.isPresent()) {
                return kept.get();
            }
        }
        try {
            long size = Files.size(file);
            boolean article = path.endsWith(".txt");
            long limit = article ? MAX_BYTES : MAX_ANNOTATION_BYTES;
            if (size > limit) {
                problems.add(new Problem(Severity.ERROR, SourceRef.file(path), String.format(Locale.ROOT,
                        "file too large: %.1f MB; %s over %d MB are refused", size / 1048576.0,
                        article ? "articles" : "annotation files", limit >> 20), "", article
                                ? "an article is plain text of a few thousand words: is this the right file?"
                                : "an annotation is a few KB, a comparison of 10,000 articles 3 MB: is this the right file?"));
                return Optional.empty();
            }
            byte[] bytes = Files.readAllBytes(file);
            if (isBlank(bytes)) {
                problems.error(SourceRef.file(path), "file is empty");
                return Optional.empty();
            }
            Optional<LoadMemo.StandIn> standIn = memo.standIn(path);
            if (standIn.isPresent()) { // not kept: only this build reads the file so
                return decode(path, standIn.get().bytes().apply(bytes), problems);
            }
            return memo.files.get(new LoadMemo.FileRead(path, bytes), problems, found -> decode(path, bytes, found));
        } catch (NoSuchFileException e) {
            problems.error(SourceRef.file(path), "file not found");
        } catch (IOException e) {
            problems.error(SourceRef.file(path), "cannot read file: " + e.getMessage());
        }
        return Optional.empty();
    }

    /** The project-relative form of a path, with forward slashes, as every message shows it. */
    public String relative(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path shown = absolute.startsWith(base) ? base.relativize(absolute) : absolute;
        return shown.toString().replace('\\', '/');
    }

    /**
     * The JDK's own decoding into a string is the quickest (a run of ASCII is copied, not decoded), but it puts
     * U+FFFD for a byte that is not UTF-8 instead of saying where it is. A text without U+FFFD had no such byte; one
     * with it, rare, is decoded again by a decoder that reports.
     */
    static Optional<SourceText> decode(String path, byte[] bytes, Problems problems) {
        int bom = hasBom(bytes) ? 3 : 0;
        String text = new String(bytes, bom, bytes.length - bom, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') >= 0) {
            ByteBuffer in = ByteBuffer.wrap(bytes, bom, bytes.length - bom);
            CoderResult result = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(in, CharBuffer.allocate(bytes.length), true);
            if (result.isError()) {
                problems.add(notUtf8(path, bytes, in.position(), result));
                return Optional.empty();
            }
        }
        return Optional.of(new SourceText(path, bytes, text, bom));
    }

    private static Problem notUtf8(String path, byte[] bytes, int badByte, CoderResult result) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < badByte; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int column = utf8Chars(bytes, lineStart, badByte) + 1;
        int lineEnd = lineStart;
        while (lineEnd < bytes.length && bytes[lineEnd] != '\n') {
            lineEnd++;
        }
        String excerpt = new String(bytes, lineStart, lineEnd - lineStart, StandardCharsets.UTF_8);
        String message = String.format("file is not valid UTF-8: byte 0x%02X cannot start or continue a character",
                bytes[badByte] & 0xFF);
        return new Problem(Severity.ERROR, new SourceRef(path, line, column), message, excerpt,
                "save the file as UTF-8 (it looks like " + guessEncoding(result) + ")");
    }

    private static String guessEncoding(CoderResult result) {
        return result.length() == 1 ? "Latin-1 or Windows-1252" : "another encoding";
    }

    private static int utf8Chars(byte[] bytes, int from, int to) {
        int count = 0;
        for (int i = from; i < to; i++) {
            if ((bytes[i] & 0xC0) != 0x80) {
                count++;
            }
        }
        return count;
    }

    private static boolean hasBom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }
}
