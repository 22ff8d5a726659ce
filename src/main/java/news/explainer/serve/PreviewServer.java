package news.explainer.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import news.explainer.concurrent.DaemonThreads;
import news.explainer.problem.Problem;

/**
 * Serves the output folder on 127.0.0.1 only, with the JDK's own HTTP server. Every response says
 * {@code nosniff} and {@code no-store} (the files change under the editor's eyes); only GET and HEAD are answered;
 * a request whose Host is not this machine is refused, so a web page cannot reach the preview through a DNS name
 * rebound to 127.0.0.1. While the last rebuild failed, page requests get the {@link ProblemPage}; assets, and any
 * page asked for with {@code ?last-good}, still come from the last good site.
 */
public final class PreviewServer implements AutoCloseable {
    private static final int THREADS = 4;
    private static final int BACKLOG = 128;
    private static final long PING_SECONDS = 15;

    static {
        // The JDK's server writes a response's headers and body in separate packets; with Nagle's algorithm on,
        // the body waits for the client's delayed acknowledgement, and every response took 43 ms on loopback
        // instead of 2 (measured on the preview: a page, its stylesheet and its icon, one after another). The
        // server reads this property once, when its first instance starts.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final HttpServer server;
    private final ExecutorService workers;
    private final ScheduledExecutorService pinger;
    private final StaticFiles files;
    private final LiveReload liveReload = new LiveReload();
    private volatile List<Problem> failure = List.of();

    private PreviewServer(HttpServer server, Path root) {
        this.server = server;
        this.files = new StaticFiles(root);
        this.workers = Executors.newFixedThreadPool(THREADS, DaemonThreads.named("preview-http"));
        this.pinger = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("preview-ping"));
        server.setExecutor(workers);
        server.createContext("/", this::handle);
    }

    /** Starts serving {@code root} on the port asked for, or on a free port when that one is taken. */
    public static PreviewServer start(Path root, int port) throws IOException {
        PreviewServer preview = new PreviewServer(bind(port), root);
        preview.server.start();
        preview.pinger.scheduleAtFixedRate(preview.liveReload::ping, PING_SECONDS, PING_SECONDS, TimeUnit.SECONDS);
        return preview;
    }

    private static HttpServer bind(int port) throws IOException {
        InetAddress loopback = InetAddress.getLoopbackAddress();
        try {
            return HttpServer.create(new InetSocketAddress(loopback, port), BACKLOG);
        } catch (BindException e) {
            return HttpServer.create(new InetSocketAddress(loopback, 0), BACKLOG);
        }
    }

    public URI address() {
        InetSocketAddress at = server.getAddress();
        return URI.create("http://" + at.getAddress().getHostAddress() + ":" + at.getPort() + "/");
    }

    public InetSocketAddress socketAddress() {
        return server.getAddress();
    }

    /** From now on, pages show these problems (errors from the last rebuild) until {@link #showSite()}. */
    public void showProblems(List<Problem> problems) {
        failure = List.copyOf(problems);
    }

    public void showSite() {
        failure = List.of();
    }

    /** Reloads every open page: call it after each rebuild, failed or not. */
    public void reloadPages() {
        liveReload.reload();
    }

    private void handle(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        String method = exchange.getRequestMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            exchange.getResponseHeaders().set("Allow", "GET, HEAD");
            send(exchange, StaticFiles.Response.text(405, "only GET and HEAD"));
        } else if (!fromThisMachine(exchange)) {
            send(exchange, StaticFiles.Response.text(403, "this preview answers only to 127.0.0.1 and localhost"));
        } else if (exchange.getRequestURI().getRawPath().equals(LiveReload.EVENTS) && method.equals("GET")) {
            liveReload.listen(exchange); // stays open: not closed here
        } else {
            send(exchange, respond(exchange.getRequestURI()));
        }
    }

    private StaticFiles.Response respond(URI uri) {
        String path = uri.getRawPath();
        if (path.equals(LiveReload.SCRIPT_PATH)) {
            return new StaticFiles.Response(200, ContentTypes.of(path), LiveReload.SCRIPT, Optional.empty());
        }
        List<Problem> problems = failure;
        boolean lastGood = ProblemPage.LAST_GOOD.equals(uri.getRawQuery());
        if (problems.isEmpty() || lastGood || !StaticFiles.isPage(path) || SafePath.relativePath(path) == null) {
            return files.get(path);
        }
        Optional<String> link = files.has(path) ? Optional.of(path + "?" + ProblemPage.LAST_GOOD) : Optional.empty();
        return new StaticFiles.Response(500, ContentTypes.of("problems.html"),
                LiveReload.inject(ProblemPage.render(problems, link)), Optional.empty());
    }

    private static void send(HttpExchange exchange, StaticFiles.Response response) throws IOException {
        try (exchange) {
            exchange.getResponseHeaders().set("Content-Type", response.contentType());
            response.location().ifPresent(to -> exchange.getResponseHeaders().set("Location", to));
            if (response.status() == 500 && response.contentType().startsWith("text/html")) {
                exchange.getResponseHeaders().set("Content-Security-Policy",
                        "default-src 'none'; style-src 'unsafe-inline'; script-src 'self'; connect-src 'self'");
            }
            boolean head = exchange.getRequestMethod().equals("HEAD");
            if (head) {
                exchange.getResponseHeaders().set("Content-Length", Integer.toString(response.body().length));
            }
            boolean empty = head || response.body().length == 0;
            exchange.sendResponseHeaders(response.status(), empty ? -1 : response.body().length); // 0 is "chunked"
            if (!empty) {
                exchange.getResponseBody().write(response.body());
            }
        }
    }

    /** True when the Host header names this machine, or is absent (HTTP/1.0). */
    private boolean fromThisMachine(HttpExchange exchange) {
        String host = exchange.getRequestHeaders().getFirst("Host");
        if (host == null) {
            return true;
        }
        int port = server.getAddress().getPort();
        String name = host.toLowerCase(Locale.ROOT);
        if (name.endsWith(":" + port)) {
            name = name.substring(0, name.length() - (":" + port).length());
        }
        return Set.of("127.0.0.1", "localhost", "[::1]").contains(name);
    }

    @Override
    public void close() {
        liveReload.close();
        server.stop(0);
        pinger.shutdownNow();
        workers.shutdownNow();
    }
}
