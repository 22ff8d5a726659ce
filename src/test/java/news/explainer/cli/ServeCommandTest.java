package news.explainer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import news.explainer.serve.Preview;
import news.explainer.testing.TestProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve} from the command line: it builds, prints where it serves, and stops cleanly. */
class ServeCommandTest {

    @Test
    void serveBuildsPrintsItsAddressServesTheSiteAndStops(@TempDir Path dir) throws Exception {
        TestProject project = TestProject.copyOfReal(dir);
        Options options = Options.parse("serve", "--port", "0", "--content", project.content().toString(),
                "--templates", project.templates().toString(), "--out", project.site().toString());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream printed = new PrintStream(out, true, StandardCharsets.UTF_8);
        CountDownLatch stopped = new CountDownLatch(1);
        CompletableFuture<Preview> running = new CompletableFuture<>();
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(
                () -> ServeCommand.run(options, printed, printed, stopped, running::complete));

        Preview preview = running.get(30, TimeUnit.SECONDS);
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.matches("(?s)built in \\d+ ms: \\d+ pages, 0 errors, 0 warnings\nserving "
                + "http://127\\.0\\.0\\.1:\\d+/ \\(Ctrl-C to stop\\)\n"), text);
        URI address = preview.address();
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(address).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());

        ServeCommand.stop(preview, printed, stopped);
        assertEquals(ExitCodes.OK, exit.get(10, TimeUnit.SECONDS));
        assertTrue(out.toString(StandardCharsets.UTF_8).endsWith("stopped\n"));
    }

    @Test
    void anOutputFolderInsideAWatchedFolderIsRefused(@TempDir Path dir) throws Exception {
        TestProject project = TestProject.copyOfReal(dir);
        TestProject.Run run = project.run("serve", "--out", project.content().resolve("site").toString());
        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertTrue(run.err().contains("is inside a watched folder"), run.err());
    }
}
