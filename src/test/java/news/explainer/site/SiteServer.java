package news.explainer.site;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * A static file server on 127.0.0.1 (a free port) that serves folders under sub-paths, as a host would put the site
 * under any path: {@code /some/path/x.html} is {@code folder/x.html}, a folder's URL serves its index.html. Every
 * request is recorded with its status, so a test can assert that nothing asked for a missing file.
 */
public final class SiteServer implements AutoCloseable {

    public record Request(String path, int status) {
    }

    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "svg", "image/svg+xml",
            "json", "application/json",
            "txt", "text/plain; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "png", "image/png");

    private final HttpServer server;
    private final List<Request> requests = new ArrayList<>();

    public SiteServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "site-server");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/", exchange -> respond(exchange, null, null)); // anything outside a mounted path
        server.start();
    }

    /** Serves folder under prefix, which starts and ends with "/". Returns the prefix's absolute URL. */
    public String mount(String prefix, Path folder) {
        server.createContext(prefix, exchange -> respond(exchange, prefix, folder));
        return origin() + prefix;
    }

    public String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public synchronized List<Request> requests() {
        return List.copyOf(requests);
    }

    public synchronized void clearRequests() {
        requests.clear();
    }

    private void respond(HttpExchange exchange, String prefix, Path folder) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getRawPath(); // getPath() decodes: resolve() needs it encoded
            Path file = prefix == null ? null : resolve(folder, path.substring(prefix.length()));
            int status = file == null ? 404 : 200;
            synchronized (this) {
                requests.add(new Request(exchange.getRequestURI().toString(), status));
            }
            if (file == null) {
                byte[] body = "not found".getBytes(java.nio.charset.StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
                exchange.sendResponseHeaders(404, body.length);
                exchange.getResponseBody().write(body);
                return;
            }
            byte[] body = Files.readAllBytes(file);
            String name = file.getFileName().toString();
            String type = TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream");
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            boolean head = "HEAD".equals(exchange.getRequestMethod());
            exchange.sendResponseHeaders(200, head ? -1 : body.length);
            if (!head) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        }
    }

    /** The file a URL path (relative to the mount point, still percent-encoded) names, or null. */
    private static Path resolve(Path folder, String relative) {
        String decoded = URI.create("x:/" + relative).getPath().substring(1);
        Path root = folder.toAbsolutePath().normalize();
        Path file = root.resolve(decoded).normalize();
        if (!file.startsWith(root)) {
            return null;
        }
        if (Files.isDirectory(file)) {
            if (!decoded.isEmpty() && !decoded.endsWith("/")) {
                return null; // a folder without its slash would break relative links: treat it as missing
            }
            file = file.resolve("index.html");
        }
        return Files.isRegularFile(file) ? file : null;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
