package news.explainer.hardening;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/** A whole folder as one SHA-256 over its sorted relative paths and their bytes: equal trees, equal digests. */
final class SiteTree {
    /** The digest of a folder that does not exist. */
    static final String MISSING = "missing";

    private SiteTree() {}

    static String digest(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return MISSING;
        }
        MessageDigest sha = sha256();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            sha.update(dir.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            byte[] bytes = Files.readAllBytes(file);
            sha.update(Long.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
            sha.update((byte) 0);
            sha.update(bytes);
        }
        return HexFormat.of().formatHex(sha.digest()).substring(0, 16) + " (" + files.size() + " files)";
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
