package news.explainer.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview server against hostile requests, on a hand-made folder with a secret file next to it: no request
 * may read the secret, whatever its spelling, and every response carries its type and {@code nosniff}.
 */
class PreviewSecurityTest {
    private static final String SECRET = "SECRET-NEXT-TO-THE-SITE";

    @TempDir
    Path dir;
    Path site;
    PreviewServer server;
    int port;

    @BeforeEach
    void serveAFolderWithASecretNextToIt() throws IOException {
        site = Files.createDirectories(dir.resolve("site"));
        Files.writeString(site.resolve("index.html"), "<!DOCTYPE html><title>t</title><body><p>home</p></body>");
        Files.createDirectories(site.resolve("sub"));
        Files.writeString(site.resolve("sub/index.html"), "<!DOCTYPE html><title>t</title><p>sub</p>");
        Files.writeString(site.resolve(".generated"), "");
        Files.writeString(dir.resolve("secret.txt"), SECRET);
        Files.createDirectories(dir.resolve("outside"));
        Files.writeString(dir.resolve("outside/secret.txt"), SECRET);
        server = PreviewServer.start(site, 0);
        port = server.socketAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void noSpellingOfAPathOutsideTheFolderIsServed() throws IOException {
        String abs = dir.resolve("secret.txt").toAbsolutePath().toString();
        List<String> attempts = List.of(
                "/../secret.txt", "/sub/../../secret.txt", "/./../secret.txt", "/..", "/../",
                "/%2e%2e/secret.txt", "/%2E%2E/secret.txt", "/%2e%2e%2fsecret.txt", "/..%2fsecret.txt",
                "/.%2e/secret.txt", "/%2e./secret.txt", "/sub/%2e%2e/%2e%2e/secret.txt",
                "/%252e%252e/secret.txt", "/%252e%252e%252fsecret.txt", "/..%252fsecret.txt", "/%25252e%25252e/",
                "/..\\secret.txt", "/..%5csecret.txt", "/..%5Csecret.txt", "/%5c..%5csecret.txt", "/sub\\..\\..\\x",
                "/%255c..%255csecret.txt",
                "//" + abs.substring(1), "/%2f" + abs.substring(1), abs, "/" + abs, "//etc/passwd", "/%2fetc/passwd",
                "/C:/Windows/win.ini", "/c:%5cwindows%5cwin.ini", "/C%3a/x",
                "/index.html%00.txt", "/%00", "/..%00/secret.txt", "/sub%00/../../secret.txt",
                "/%c0%ae%c0%ae/secret.txt", "/%e0%80%ae%e0%80%ae/secret.txt", "/%c0%afsecret.txt",
                "/..;/secret.txt", "/.generated", "/sub/.hidden", "/%2egenerated",
                "../secret.txt", "secret.txt", "http://127.0.0.1/../secret.txt", "*");
        int refused = 0;
        for (String target : attempts) {
            Http.Raw response = Http.raw(port, "GET " + target + " HTTP/1.1", "127.0.0.1:" + port);
            assertFalse(response.text().contains(SECRET), target);
            assertTrue(response.status() == 400 || response.status() == 404, target + " gave " + response.status());
            refused++;
        }
        System.out.printf("preview: %d path traversal attempts, %d refused with 400 or 404%n", attempts.size(),
                refused);
        assertEquals(200, Http.raw(port, "GET /sub/ HTTP/1.1", "127.0.0.1:" + port).status(), "a fair request works");
    }

    @Test
    void symlinksThatLeaveTheFolderAreNotFollowedButLinksInsideItAre() throws IOException {
        Files.createSymbolicLink(site.resolve("leak.txt"), dir.resolve("secret.txt"));
        Files.createSymbolicLink(site.resolve("leakdir"), dir.resolve("outside"));
        Files.createSymbolicLink(site.resolve("up"), dir);
        Files.createSymbolicLink(site.resolve("home.html"), site.resolve("index.html"));
        for (String path : List.of("/leak.txt", "/leakdir/secret.txt", "/leakdir/", "/up/secret.txt", "/up/")) {
            HttpResponse<String> response = Http.get(server.address(), path);
            assertEquals(404, response.statusCode(), path);
            assertFalse(response.body().contains(SECRET), path);
        }
        assertEquals(200, Http.get(server.address(), "/home.html").statusCode());
    }

    @Test
    void everyResponseSaysItsTypeAndNosniffAndNoStore() throws IOException {
        Map<String, String> types = Map.of(
                "a.html", "text/html; charset=utf-8", "a.css", "text/css; charset=utf-8",
                "a.js", "text/javascript; charset=utf-8", "a.json", "application/json; charset=utf-8",
                "a.svg", "image/svg+xml; charset=utf-8", "a.png", "image/png", "a.txt", "text/plain; charset=utf-8",
                "a.xml", "application/xml; charset=utf-8", "feed.atom", "application/atom+xml; charset=utf-8",
                "a.unknown", "application/octet-stream");
        for (Map.Entry<String, String> type : types.entrySet()) {
            Files.writeString(site.resolve(type.getKey()), "x");
            HttpResponse<String> response = Http.get(server.address(), "/" + type.getKey());
            assertEquals(200, response.statusCode(), type.getKey());
            assertEquals(type.getValue(), response.headers().firstValue("Content-Type").orElse(""), type.getKey());
            assertSafeHeaders(response, type.getKey());
        }
        for (String path : List.of("/missing.html", "/%2e%2e/x", "/__livereload.js", "/sub")) {
            assertSafeHeaders(Http.get(server.address(), path), path);
        }
        assertEquals("text/javascript; charset=utf-8",
                Http.get(server.address(), "/__livereload.js").headers().firstValue("Content-Type").orElse(""));
        System.out.printf("preview: %d content types checked%n", types.size());
    }

    @Test
    void foldersServeTheirIndexAndAFolderWithoutItsSlashIsRedirected() throws IOException {
        assertTrue(Http.get(server.address(), "/").body().contains("home"));
        assertTrue(Http.get(server.address(), "/sub/").body().contains("sub"));
        Http.Raw redirect = Http.raw(port, "GET /sub HTTP/1.1", "127.0.0.1:" + port);
        assertEquals(301, redirect.status());
        assertTrue(redirect.text().contains("Location: /sub/\r\n"), redirect.text());
    }

    @Test
    void onlyGetAndHeadAreAnsweredAndOnlyForThisMachinesHostNames() throws IOException {
        for (String method : List.of("POST", "PUT", "DELETE", "OPTIONS", "TRACE", "PATCH")) {
            Http.Raw response = Http.raw(port, method + " / HTTP/1.1", "127.0.0.1:" + port);
            assertEquals(405, response.status(), method);
            assertTrue(response.text().contains("Allow: GET, HEAD"), response.text());
        }
        Http.Raw head = Http.raw(port, "HEAD /index.html HTTP/1.1", "127.0.0.1:" + port);
        assertEquals(200, head.status());
        assertTrue(head.text().endsWith("\r\n\r\n"), "no body: " + head.text());
        assertEquals(200, Http.raw(port, "GET / HTTP/1.1", "localhost:" + port).status());
        assertEquals(403, Http.raw(port, "GET / HTTP/1.1", "attacker.example:" + port).status(),
                "a page whose DNS name was rebound to 127.0.0.1 cannot read the preview");
        assertEquals(403, Http.raw(port, "GET / HTTP/1.1", "127.0.0.1:1").status());
    }

    @Test
    void theServerListensOnLoopbackOnly() throws IOException {
        assertTrue(server.socketAddress().getAddress().isLoopbackAddress(), server.socketAddress().toString());
        Optional<InetAddress> external = externalAddress();
        assumeTrue(external.isPresent(), "this machine has no network address other than loopback");
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(external.get(), port), 2000);
            throw new AssertionError("connected through " + external.get());
        } catch (ConnectException expected) {
            System.out.printf("preview: refused on %s:%d, served on %s%n", external.get().getHostAddress(), port,
                    server.address());
        }
    }

    @Test
    void aPortThatIsTakenFallsBackToAFreeOne() throws IOException {
        try (PreviewServer second = PreviewServer.start(site, port)) {
            assertTrue(second.socketAddress().getPort() != port);
            assertEquals(200, Http.get(second.address(), "/").statusCode());
        }
    }

    private static void assertSafeHeaders(HttpResponse<String> response, String what) {
        assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""), what);
        assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(""), what);
        assertTrue(response.headers().firstValue("Content-Type").isPresent(), what);
    }

    private static Optional<InetAddress> externalAddress() throws IOException {
        List<InetAddress> found = new ArrayList<>();
        for (NetworkInterface nic : NetworkInterface.networkInterfaces().toList()) {
            if (nic.isUp() && !nic.isLoopback()) {
                nic.inetAddresses().filter(a -> a instanceof Inet4Address).forEach(found::add);
            }
        }
        return found.stream().findFirst();
    }
}
