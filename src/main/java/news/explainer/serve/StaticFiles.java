package news.explainer.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Answers a request for a file of the served folder, from disk on every request: the folder is replaced by an
 * atomic swap after each rebuild, so nothing is cached. HTML pages get the live-reload script on the way out.
 */
final class StaticFiles {
    /** Long enough for the two renames of a swap to finish; they take microseconds. */
    private static final long SWAP_PAUSE_MILLIS = 50;

    /** What to wait for before the one retry: the end of a swap. Tests pass one that finishes a swap. */
    interface Pause {
        void pause() throws InterruptedException;
    }

    private final Path root;
    private final Pause pause;

    StaticFiles(Path root) {
        this(root, () -> Thread.sleep(SWAP_PAUSE_MILLIS));
    }

    StaticFiles(Path root, Pause pause) {
        this.root = root;
        this.pause = pause;
    }

    /** What to send back: a status, a type and a body, and where to go for a redirect. */
    record Response(int status, String contentType, byte[] body, Optional<String> location) {

        static Response text(int status, String message) {
            return new Response(status, "text/plain; charset=utf-8",
                    (message + "\n").getBytes(StandardCharsets.UTF_8), Optional.empty());
        }
    }

    Response get(String rawPath) {
        try {
            return attempt(rawPath);
        } catch (NoSuchFileException e) {
            return retryAfterSwap(rawPath);
        } catch (IOException e) {
            return Response.text(500, "cannot read the file");
        }
    }

    /** The folder or file vanished under us: the moment of a swap, between its two renames. One more try. */
    private Response retryAfterSwap(String rawPath) {
        try {
            pause.pause();
            return attempt(rawPath);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Response.text(503, "interrupted");
        } catch (NoSuchFileException e) {
            return Response.text(404, "not found");
        } catch (IOException e) {
            return Response.text(500, "cannot read the file");
        }
    }

    private Response attempt(String rawPath) throws IOException {
        SafePath.Resolution found = SafePath.resolve(root, rawPath);
        return switch (found.status()) {
            case BAD_REQUEST -> Response.text(400, "bad request");
            case NOT_FOUND -> Response.text(404, "not found");
            case REDIRECT -> new Response(301, "text/plain; charset=utf-8", new byte[0], Optional.of(rawPath + "/"));
            case FILE -> file(found.file());
        };
    }

    private static Response file(Path file) throws IOException {
        String name = file.getFileName().toString();
        byte[] bytes = Files.readAllBytes(file);
        boolean html = ContentTypes.isHtml(name);
        return new Response(200, ContentTypes.of(name), html ? LiveReload.inject(bytes) : bytes, Optional.empty());
    }

    /** True when a path names a page (an HTML file or a folder's index), as opposed to an asset. */
    static boolean isPage(String rawPath) {
        String last = rawPath.substring(rawPath.lastIndexOf('/') + 1);
        return last.isEmpty() || !last.contains(".") || ContentTypes.isHtml(last);
    }

    /** True when the last good site has something at this path, so the problem page can link to it. */
    boolean has(String rawPath) {
        try {
            return SafePath.resolve(root, rawPath).status() == SafePath.Status.FILE;
        } catch (IOException e) {
            return false;
        }
    }
}
