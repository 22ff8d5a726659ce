package news.explainer.write;

import java.nio.charset.StandardCharsets;

/**
 * One file of the site: a site-relative path and its bytes. Paths that could escape the site folder are refused
 * here, once, rather than checked by each writer.
 */
public record OutputFile(String path, byte[] bytes) {

    public OutputFile {
        if (path.isEmpty() || path.startsWith("/") || path.contains("\\") || path.contains(":")
                || java.util.Arrays.asList(path.split("/")).contains("..")) {
            throw new IllegalArgumentException("unsafe output path: " + path);
        }
    }

    public static OutputFile text(String path, String text) {
        return new OutputFile(path, text.getBytes(StandardCharsets.UTF_8));
    }
}
