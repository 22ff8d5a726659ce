package news.explainer.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Maps a request's raw URL path to a file inside the served folder, or says why not. The rules are strict because
 * the generator's own URLs are plain: lower-case names, single slashes, no escapes beyond UTF-8. Anything that could
 * climb out ({@code ..}, {@code %2e%2e}, {@code %252e} double-encoded, backslashes, NUL, absolute or drive paths) is
 * a bad request, and so is any hidden name (the build marker {@code .generated}); a symlink that resolves outside
 * the folder is simply not found.
 */
final class SafePath {

    enum Status { FILE, REDIRECT, NOT_FOUND, BAD_REQUEST }

    /** Where a request leads. {@code file} is set for {@code FILE} only. */
    record Resolution(Status status, Path file) {
        static final Resolution BAD = new Resolution(Status.BAD_REQUEST, null);
        static final Resolution MISSING = new Resolution(Status.NOT_FOUND, null);
        static final Resolution ADD_SLASH = new Resolution(Status.REDIRECT, null);
    }

    private SafePath() {}

    /**
     * @param root the served folder; it may be replaced at any moment by an atomic swap
     * @param rawPath the URL path as sent, still percent-encoded
     * @throws IOException when the folder itself is missing (the moment of a swap): the caller may retry
     */
    static Resolution resolve(Path root, String rawPath) throws IOException {
        String relative = relativePath(rawPath);
        if (relative == null) {
            return Resolution.BAD;
        }
        Path base = root.toRealPath();
        Path file = base.resolve(relative).normalize();
        if (!file.startsWith(base) || !Files.exists(file)) {
            return Resolution.MISSING;
        }
        if (Files.isDirectory(file)) {
            if (!relative.isEmpty() && !relative.endsWith("/")) {
                return Resolution.ADD_SLASH; // relative links in the folder's index.html need the slash
            }
            file = file.resolve("index.html");
        }
        return inside(base, file) ? new Resolution(Status.FILE, file) : Resolution.MISSING;
    }

    /** True when the file exists and, after following every symlink, is still inside the folder. */
    private static boolean inside(Path base, Path file) {
        try {
            Path real = file.toRealPath();
            return real.startsWith(base) && Files.isRegularFile(real);
        } catch (IOException e) {
            return false;
        }
    }

    /** The decoded path without its leading slash, or null when the request is not one a browser of ours sends. */
    static String relativePath(String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/") || rawPath.indexOf('\\') >= 0) {
            return null;
        }
        String decoded = percentDecode(rawPath);
        if (decoded == null || decoded.indexOf('%') >= 0 || decoded.indexOf('\\') >= 0 || decoded.indexOf(':') >= 0) {
            return null; // a '%' left after one decoding is a double-encoded request
        }
        if (decoded.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return null;
        }
        String relative = decoded.substring(1);
        String[] segments = relative.split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            boolean trailingSlash = i == segments.length - 1 && segments[i].isEmpty();
            if (segments[i].isEmpty() && !trailingSlash || segments[i].startsWith(".")) {
                return null; // "//" is an absolute path in disguise; "." and ".." climb; other dot-names are hidden
            }
        }
        return relative;
    }

    /** Strict percent-decoding into UTF-8: a malformed escape or byte sequence gives null. */
    private static String percentDecode(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    return null;
                }
                int high = Character.digit(raw.charAt(i + 1), 16);
                int low = Character.digit(raw.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return null;
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else if (c < 0x80) {
                bytes.write(c);
            } else {
                return null; // raw non-ASCII: browsers always escape it
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
