package news.explainer.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reloads open pages after a rebuild, with Server-Sent Events: each page served by the preview gets one
 * {@code <script src>} (an external file, so a strict Content-Security-Policy needs no exception for inline code)
 * that listens on {@link #EVENTS} and reloads on a {@code reload} event. Only the preview's responses carry the
 * script; the files on disk never do, and the published site needs no JavaScript.
 */
final class LiveReload implements AutoCloseable {
    static final String EVENTS = "/__livereload";
    static final String SCRIPT_PATH = "/__livereload.js";
    static final String SCRIPT_TAG = "<script src=\"" + SCRIPT_PATH + "\"></script>";
    static final byte[] SCRIPT = ("// Preview only: reloads this page when the preview server has rebuilt the site.\n"
            + "new EventSource(\"" + EVENTS + "\").addEventListener(\"reload\", () => location.reload());\n")
            .getBytes(StandardCharsets.UTF_8);

    /** A quick retry after the server restarts; comments keep idle connections from being dropped by proxies. */
    private static final byte[] HELLO = "retry: 500\n\n".getBytes(StandardCharsets.UTF_8);
    private static final byte[] RELOAD = "event: reload\ndata: reload\n\n".getBytes(StandardCharsets.UTF_8);
    private static final byte[] PING = ": ping\n\n".getBytes(StandardCharsets.UTF_8);

    private final Set<HttpExchange> listeners = ConcurrentHashMap.newKeySet();

    /** Opens an event stream and keeps it open; the handler's thread is free again as soon as this returns. */
    void listen(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.sendResponseHeaders(200, 0);
        listeners.add(exchange);
        send(exchange, HELLO);
    }

    /** Tells every open page to reload. */
    void reload() {
        listeners.forEach(exchange -> send(exchange, RELOAD));
    }

    /** Finds the pages that went away, so that their connections are closed. */
    void ping() {
        listeners.forEach(exchange -> send(exchange, PING));
    }

    private void send(HttpExchange exchange, byte[] event) {
        try {
            OutputStream body = exchange.getResponseBody();
            synchronized (exchange) {
                body.write(event);
                body.flush();
            }
        } catch (IOException e) {
            listeners.remove(exchange);
            exchange.close();
        }
    }

    /** The page with the reload script added before its closing body tag (or at its end when it has none). */
    static byte[] inject(byte[] html) {
        String page = new String(html, StandardCharsets.UTF_8);
        int at = page.toLowerCase(Locale.ROOT).lastIndexOf("</body>");
        String injected = at < 0 ? page + SCRIPT_TAG : page.substring(0, at) + SCRIPT_TAG + page.substring(at);
        return injected.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        listeners.forEach(HttpExchange::close);
        listeners.clear();
    }
}
